def f(x):
    if x:
        late = 1
    else:
        early = 2
    while (w1 := x):
        body = w1
    else:
        orelse = 3
    assert (a1 := x), (m1 := "msg")
    raise (r1 := ValueError) from (r2 := None)


def g():
    nonlocal_like = 0
    def h():
        return captured
    captured = 1
    return h


async def k(src):
    async with (cm := src) as val:
        async for item in (ai := val):
            res = await (aw := item)
    return cm, val, item, ai, res, aw


def m(a):
    return {kk: vv for kk, vv in a}, [(yy, zz) for yy in a for zz in yy], {ss for ss in a}


def n():
    print(f"{(fs := 1)}", fs)
    xs = [i for i in range(3)]
    return (lambda: (lm := 1))
