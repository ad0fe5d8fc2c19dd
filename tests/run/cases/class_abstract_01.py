from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self):
        ...
class Impl(Base):
    def run(self):
        return "running"
print(Impl().run(), isinstance(Impl(), Base))
try:
    Base()
except Exception as e:
    print(f"{type(e).__name__}: {e}")
