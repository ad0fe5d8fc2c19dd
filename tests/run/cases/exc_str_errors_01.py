tests = [
    lambda: "abc" + 1,
    lambda: "abc" * "2",
    lambda: "abc"[5],
    lambda: "abc".index("z"),
    lambda: int("1e5"),
    lambda: [1, 2] + (3,),
    lambda: {1: 2} + {3: 4},
    lambda: None + 1,
    lambda: len(None),
    lambda: None[0],
    lambda: 1[0],
    lambda: {}.x,
    lambda: (1).x,
    lambda: [].pop(5),
    lambda: {}.pop("k"),
    lambda: tuple([1]).append(2),
    lambda: float("x"),
    lambda: int(None),
    lambda: sorted([1, "a"]),
    lambda: "a" < 1,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
