from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError, is_dataclass
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(1, 3), Point.y)
print(asdict(p), astuple(p), [f.name for f in fields(p)])
print(replace(p, y=5))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, [], 4)
except TypeError as e: print(e)
try: replace(p, z=1)
except TypeError as e: print(e)
@dataclass(frozen=True, order=True)
class V:
    a: float
    b: str = "s"
v = V(1.5)
try: v.a = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del v.a
except AttributeError as e: print(type(e).__name__, e)
print(v < V(2.0), sorted([V(3), V(1), V(2, "x")]), hash(v) == hash(V(1.5)), v)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
@dataclass
class Node:
    val: int
    children: List["Node"] = field(default_factory=list)
    def __post_init__(self):
        self.double = self.val * 2
n = Node(1, [Node(2), Node(3)])
print(n, n.double, asdict(n))
print(is_dataclass(n), is_dataclass(Node), is_dataclass(1))
print(Point.__init__.__qualname__, Point.__match_args__, Point.__hash__)
try: p < p
except TypeError as e: print(e)
@dataclass
class Inv:
    x: int
    y: int = field(default=3, repr=False, compare=False)
    z: int = field(init=False, default=9)
print(Inv(1), Inv(1, 4) == Inv(1, 5), Inv(2).z)
@dataclass
class D3(Point):
    w: str = "w"
print(D3(1, 2, [3], "q"))
class Outer:
    @dataclass
    class In:
        a: int
print(Outer.In(1))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
try:
    @dataclass(order=True, eq=False)
    class O: pass
except ValueError as e: print(e)
print(repr(field(default=1))[:20])
