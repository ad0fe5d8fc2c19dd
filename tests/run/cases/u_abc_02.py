from abc import ABC, abstractmethod
import abc

class Storage(ABC):
    @property
    @abstractmethod
    def name(self):
        """storage name"""

    @abstractmethod
    def save(self, key, value): ...

    @abstractmethod
    def load(self, key): ...

    @classmethod
    @abstractmethod
    def create(cls): ...

    def save_many(self, items):
        for k, v in items.items():
            self.save(k, v)

class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}
    @property
    def name(self):
        return "memory"
    def save(self, key, value):
        self.data[key] = value
    def load(self, key):
        return self.data[key]
    @classmethod
    def create(cls):
        return cls()

s = MemoryStorage.create()
s.save_many({"a": 1, "b": 2})
print(s.name, s.load("b"), s.data)

class Sized(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented

print(isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized))

class Animal(ABC):
    pass

class Robot:
    pass

Animal.register(Robot)
print(isinstance(Robot(), Animal), issubclass(Robot, Animal))

class Half(Storage):
    def save(self, key, value): pass
    def load(self, key): pass
Half()
