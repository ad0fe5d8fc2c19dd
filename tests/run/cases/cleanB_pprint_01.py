import pprint, io
# long strings split into adjacent literals
s = "lorem ipsum dolor sit amet " * 8
pprint.pprint(s, width=40)
pprint.pprint({"text": s, "n": 1}, width=50)
pprint.pprint(["line one\nline two\n" * 3, "x"], width=30)
pprint.pprint("averyveryveryverylongwordwithoutanyspacesatall" * 3, width=30)
pprint.pprint("", width=5)
# indent > 1, one-element tuple, nested containers
pprint.pprint([(i, {"k": [i] * 10}) for i in range(3)], indent=3, width=40)
pprint.pprint(((list(range(25)),),), width=30)
pprint.pprint({1: set(range(20)), 2: frozenset(), 3: set()}, width=30)
# dict subclass without own repr is pretty printed, with own repr it is not
class D(dict): pass
class R(dict):
    def __repr__(self): return "R!"
pprint.pprint(D((str(i) * 8, i) for i in range(8)), width=30)
pprint.pprint(R(a=1), width=1)
pprint.pprint([R(a=1)] * 3, width=10)
# unsortable keys and set members
pprint.pprint({1: "a", "b": 2, None: 3, (1,): 4}, width=20)
pprint.pprint({1, "x", 2.5}, width=8)
# underscore_numbers, depth, compact, stream
print(pprint.pformat([10**9, 12345, -7], underscore_numbers=True))
print(pprint.pformat({"a": {"b": {"c": 1}}, "t": (1, (2, (3,)))}, depth=2))
print(pprint.pformat([[1, [2, [3]]], {}], depth=1))
out = io.StringIO()
pprint.pprint([list(range(12)) for _ in range(3)], stream=out, compact=True, width=35)
print(out.getvalue(), end="")
pprint.PrettyPrinter(width=20, indent=2).pprint({"alpha": [1, 2, 3], "beta": "b" * 25})
pprint.pp({"z": 1, "a": [2] * 40})
pp = pprint.PrettyPrinter()
print(pp.isreadable([1, {2: 3}]), pp.isreadable(object()), pp.isrecursive([1]))
print(pp.format({"b": 1, "a": 2}, {}, 0, 0))
print(pprint.saferepr([object])[:7], pprint.isreadable("x"), pprint.isreadable(pprint))
d = {"k": 1}; d["self"] = d
print(pprint.isrecursive(d), pprint.isreadable(d), pprint.saferepr(d).split(" with")[0])
for kw in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try: pprint.PrettyPrinter(**kw)
    except ValueError as e: print("ValueError:", e)
print(pprint.pformat(list(range(5)), width=3))
print(pprint.pformat((1,), width=1), pprint.pformat([], width=1), pprint.pformat((), width=1))
