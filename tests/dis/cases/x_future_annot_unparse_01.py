from __future__ import annotations

def f(a: int, b: list[int] = [], *args: tuple[int, ...], c: dict[str, "X"] | None = None, **kw: Callable[[int], str]) -> Optional[List[Dict[str, Any]]]:
    pass

def g(x: a.b.c[d:e:f], y: a[1:2, ::3], z: a[()], w: a[(1,)], v: a[1,]) -> -1:
    pass

def h(x: lambda y: y + 1, y: (lambda: 0)(), z: x if y else z, w: not x, u: -x ** 2, t: (-x) ** 2) -> x ** -y:
    pass

def k(a: 1 + 2 * 3, b: (1 + 2) * 3, c: a and b or c, d: a and (b or c), e: (a, b), f: [a, *b], g: {a: b, **c}, h: {a, b}) -> ():
    pass

def m(a: f"x{y!r:>{w}}z", b: b"bytes", c: 'single', d: "dq'uote", e: 1.5e10, f: 1j, g: ..., h: None) -> True:
    pass

x: a < b <= c is not d not in e
y: await_ = 3
z: [i for i in range(3) if i] = 0
w: {k: v for k, v in d.items()} = 0
v: (i async for i in aiter()) = 0
u: a[b][c](d, *e, f=g, **h).i = 0
t: "string with \n newline and \\ backslash" = 0
s: 0x10 + 0o7 + 0b1 + 1_000 = 0
r: 1e1000 = 0
