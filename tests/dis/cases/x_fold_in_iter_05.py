def f(x, y):
    if x in [1, 2, 3]:
        return 1
    if x not in (4, 5):
        return 2
    if x in {6, 7, 8}:
        return 3
    if x in [y, 1]:
        return 4
    if x in {y, 2}:
        return 5
    if x in [[1], [2]]:
        return 6
    if x in ["a", "b"]:
        return 7
    for a in [1, 2, 3]:
        pass
    for b in {1, 2}:
        pass
    for c in [y, x]:
        pass
    for d in [[1], 2]:
        pass
    for e in [*y, 1]:
        pass
    return [z for z in [1, 2, 3]], {z for z in {1, 2}}, [z for z in [y, 1]]
