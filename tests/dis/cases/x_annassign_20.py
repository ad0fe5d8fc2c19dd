from typing import List, Dict, Optional, ClassVar

x: int
y: int = 1
z: List[int] = [1, 2]
(w): str = "w"
obj = type("O", (), {})()
obj.attr: int = 3
d = {}
d["k"]: Dict[str, int] = {}
d["j"]: int


class C:
    a: int
    b: str = "b"
    c: ClassVar[int] = 0
    d: "Optional[C]" = None
    __e: int = 1

    def m(self):
        self.x: int = 1
        v: List[int] = []
        u: int
        return v


def f():
    q: int = 5
    r: "str"
    print(__annotations__ if False else None)
    return q


print(__annotations__, C.__annotations__)
