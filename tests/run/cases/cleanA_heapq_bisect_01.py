import heapq, bisect, random
rng = random.Random(7)
for n in (0, 1, 2, 5, 10, 17, 33):
    data = [rng.randrange(50) for _ in range(n)]
    h = list(data)
    heapq.heapify(h)
    print("heapify", h)
    h2 = []
    for v in data:
        heapq.heappush(h2, v)
    print("push", h2)
    out = []
    while h2:
        out.append(heapq.heappop(h2))
        if len(h2) == n // 2:
            print("half", h2)
    print(out == sorted(data))
    if h:
        print(heapq.heapreplace(h, 25), h)
        print(heapq.heappushpop(h, 3), heapq.heappushpop(h, 99), h)
print(heapq.heappushpop([], 4))
for k in (0, 1, 3, 10, 100):
    d = [rng.randrange(10) for _ in range(20)]
    print(k, heapq.nsmallest(k, d), heapq.nlargest(k, d))
pairs = [(i % 3, i) for i in range(12)]
print(heapq.nsmallest(5, pairs, key=lambda p: p[0]))
print(heapq.nlargest(5, pairs, key=lambda p: p[0]))
print(heapq.nsmallest(1, pairs, key=lambda p: -p[1]), heapq.nlargest(1, iter(pairs)))
print(heapq.nsmallest(-1, [1, 2]), heapq.nlargest(3, []), heapq.nsmallest(2, "hello"))
print(list(heapq.merge()), list(heapq.merge([1, 3, 5], [], [0, 2, 9], [4])))
print(list(heapq.merge(["a1", "b1"], ["a2", "b2"], key=lambda s: s[0])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge([(1, "x")], [(1, "y")], [(0, "z")], key=lambda t: t[0], reverse=False)))
print(list(heapq.merge("ace", "bdf", key=str.upper, reverse=False)))
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush(None, 1), lambda: heapq.heapify((1, 2)),
            lambda: heapq.heappush([1], "a")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 2, 2, 4, 7]
for x in (0, 1, 2, 3, 7, 8):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect_left(a, x, 2, 4), bisect.bisect_right(a, x, 3))
print(bisect.bisect_left(a, 2, hi=2), bisect.bisect_right(a, 2, lo=5, hi=6), bisect.bisect(a, 2, 0, None))
recs = [("a", 1), ("b", 2), ("c", 2), ("d", 5)]
print(bisect.bisect_left(recs, 2, key=lambda r: r[1]), bisect.bisect_right(recs, 2, key=lambda r: r[1]))
bisect.insort_left(recs, ("X", 2), key=lambda r: r[1])
bisect.insort_right(recs, ("Y", 2), key=lambda r: r[1])
bisect.insort(recs, ("Z", 9), key=lambda r: r[1])
print(recs)
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
print(b, bisect.insort(b, 0, 0, 0), b)
for bad in (lambda: bisect.bisect([1], 1, -1), lambda: bisect.insort([1], 1, lo=-2),
            lambda: bisect.bisect_left(None, 1), lambda: bisect.bisect([1, "a"], 2),
            lambda: bisect.bisect_right([1], 1, key=5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
