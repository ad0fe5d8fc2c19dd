from __future__ import annotations
import typing

def outer():
    def inner(a: outer_local, b: typing.List["x"] = None) -> inner:
        return a
    outer_local = int
    return inner

async def co(x: Awaitable[int]) -> Coroutine[Any, Any, None]:
    y: await_it = await x
    z: int = 1
    return None

lam = lambda x: x
v1: lam(1) = 1
v2: dict[str, list[tuple[int, str]]] = {}
v3: "a" + "b" = 1
v4: f'{v1!a}' = 1
v5: f"{v1:%Y-%m-%d}" = 1
v6: f"{v1=!r:^10}" = 1
v7: f"{{literal}}" = 1
v8: f"{'{'}" = 1
v9: Literal["a\tb", 'c"d', "e'f", '''g'''] = 1
v10: b'\x00\xff' = 1
v11: "\u00e9\N{DASH SYMBOL}" = 1
v12: a[b, c:d] = 1
v13: slice(None)[1:2:3] = 1
v14: (a, b) = 1
v15: [] = 1
v16: {} = 1
v17: print(*args, sep='', **kw) = 1
