import abc
import dataclasses
import enum
from typing import NamedTuple, Generic, TypeVar

T = TypeVar("T")


@dataclasses.dataclass(frozen=True, order=True)
class Point:
    """A point."""
    x: float = 0.0
    y: float = dataclasses.field(default=0.0, compare=False)

    def __add__(self, other: "Point") -> "Point":
        return Point(self.x + other.x, self.y + other.y)

    __radd__ = __add__


class Color(enum.Enum):
    RED = 1
    GREEN = enum.auto()


class Pair(NamedTuple):
    a: int
    b: str = "x"


class Box(Generic[T], abc.ABC):
    __slots__ = ("_item",)

    def __init__(self, item: T) -> None:
        self._item = item

    @abc.abstractmethod
    def open(self) -> T: ...

    @property
    def item(self):
        return self._item

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)


class Empty(): pass
class Multi(Point, Pair if False else object, *[abc.ABC][:0], **{}): pass
