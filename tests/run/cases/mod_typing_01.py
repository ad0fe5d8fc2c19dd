from typing import *
import typing
T = TypeVar('T')
K = TypeVar('K', covariant=True)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, str, None], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Any, List, Dict, T, K, List[T], Literal[1, 'a'], Type[int], Iterable[int], Union[int])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[T])
print(List[int] == List[int], Union[int, str] == Union[str, int], isinstance([], List), isinstance({}, Mapping))
try: isinstance([], List[int])
except TypeError as e: print(e)
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int]()
s.push(1)
print(s.items, Stack[int], Stack.__parameters__)
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = Point(1)
print(p, p.norm(), p._fields, Point._field_defaults, Point.__annotations__, isinstance(p, tuple))
P2 = NamedTuple('P2', [('a', int), ('b', str)])
print(P2(1, 'x'))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m), Movie.__annotations__, Movie.__total__)
print(cast(int, 'x'), get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]))
@overload
def f(x: int) -> int: ...
def f(x): return x
print(f(3))
def g(a: int, b: 'str' = None) -> List[int]: pass
print(get_type_hints(g))
UserId = NewType('UserId', int)
print(UserId(5))
print(typing.Optional, typing.Union, typing.ClassVar[int], typing.Final[int])
print(Generic, Protocol, list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(repr(list[int]), list[int](range(3)), list[int] == list[int], type(list[int]))
print(int | None if hasattr(int, '__or__') else '')
try: Union[()]
except TypeError as e: print(e)
x: List[int] = [1]
print(__annotations__)
