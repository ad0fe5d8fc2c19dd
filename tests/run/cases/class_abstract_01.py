from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self):
        ...
class Impl(Base):
    def run(self):
        return "running"
print(Impl().run(), isinstance(Impl(), Base))
Base()
