#!/usr/bin/env python3
"""fuzz_run: random short Python programs against `pyco run`, reporting crashes.

usage: python3 bench/fuzz_run.py [--pyco target/release/pyco] [--seconds 120] [--seed N]
                                 [--keep DIR] [--timeout 10] [--snippets 25]

Each program is a sequence of small snippets (mixed-type arithmetic, huge ints, odd slices,
self-containing containers, dunders returning wrong types, recursion through protocols,
generators closed or thrown mid-way, mutation during iteration, sorts with bad keys, deep
nesting, str/bytes methods with odd arguments...). Every snippet runs inside
`try/except BaseException`, so Python exceptions are fine and the program goes on.

A finding is a crash: "panicked at", "memory allocation of", a stack overflow, a signal,
an exit code other than 0/1, or a run slower than --timeout. Findings are saved to --keep
(default /tmp/pyco-fuzz-run) and then minimised to the single snippet that crashes when it
still does on its own. Helper script only (python3 3.11 is fine): it never decides expected
outputs; compare a finding with ../shared/oracle/cpython310 by hand.
"""
import argparse, os, random, re, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Atoms: values of many types, including awkward ones.
ATOMS = [
    "0", "1", "-1", "2", "7", "-3", "255", "256", "2**63", "-2**63", "2**64+1", "10**30",
    "-(10**40)", "2**1000", "0.0", "-0.0", "1.5", "1e308", "float('inf')", "float('nan')",
    "1j", "(1+2j)", "True", "False", "None", "''", "'abc'", "'é∂𝄞'", "'\\x00'", "b''",
    "b'ab\\xff'", "bytearray(b'xy')", "[]", "[1, 2, 3]", "()", "(1, 'a')", "{}", "{1: 2}",
    "set()", "{1, 2}", "frozenset({3})", "range(5)", "range(-5, 10**20, 3)", "slice(1, 2)",
    "object()", "type", "int", "str", "len", "print", "Ellipsis", "NotImplemented",
    "memoryview(b'abc')", "iter([1, 2])", "(x for x in range(3))", "(lambda *a: a)",
    "Weird()", "Bad()", "Rec()", "SelfList", "SelfDict", "sys.maxsize", "-sys.maxsize-1",
]

BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "<=",
          "==", "!=", ">", ">=", "in", "not in", "is", "and", "or"]

PRELUDE = '''\
import sys
class Weird:
    def __eq__(self, o): return 'yes'
    def __hash__(self): return 'nohash'
    def __len__(self): return -1
    def __index__(self): return 2**70
    def __iter__(self): return 5
    def __bool__(self): return 2
    def __repr__(self): return 42
    def __str__(self): return None
    def __lt__(self, o): return NotImplemented
    def __getitem__(self, i): return i
    def __int__(self): return 'x'
    def __float__(self): return 1
    def __format__(self, spec): return 3
    def __contains__(self, x): return []
class Bad:
    def __getattr__(self, n): raise KeyError(n)
    def __len__(self): return 2**100
    def __index__(self): return 'nope'
    def __hash__(self): return 2**200
    def __eq__(self, o): raise ValueError('eq')
    def __iter__(self): return iter(self)
    def __length_hint__(self): return 10**18
    def __reversed__(self): return 1
    def __del__(self): raise RuntimeError('del')
class Rec:
    def __repr__(self): return repr(self)
    def __eq__(self, o): return self == o
    def __hash__(self): return hash(self)
    def __getattr__(self, n): return getattr(self, n)
    def __len__(self): return len(self)
    def __iter__(self): return iter(self)
    def __bool__(self): return bool(self)
    def __lt__(self, o): return self < o
    def __add__(self, o): return self + o
    def __index__(self): return self.__index__()
    def __call__(self, *a): return self(*a)
SelfList = []; SelfList.append(SelfList); SelfList.append((SelfList,))
SelfDict = {}; SelfDict['me'] = SelfDict; SelfDict[1] = [SelfDict]
def show(e):
    print(type(e).__name__)
'''


def atom(rng):
    return rng.choice(ATOMS)


def expr(rng, depth=0):
    r = rng.random()
    if depth > 2 or r < 0.35:
        return atom(rng)
    if r < 0.6:
        return f"({expr(rng, depth + 1)} {rng.choice(BINOPS)} {expr(rng, depth + 1)})"
    if r < 0.7:
        return f"({rng.choice(['-', '+', '~', 'not '])}{expr(rng, depth + 1)})"
    if r < 0.8:
        return f"[{expr(rng, depth + 1)}, {expr(rng, depth + 1)}]"
    if r < 0.9:
        return f"{expr(rng, depth + 1)}[{slice_expr(rng)}]"
    call = rng.choice(BUILTIN_CALLS)
    return f"{call}{expr(rng, depth + 1)})" if call.endswith(", ") else f"{call}({expr(rng, depth + 1)})"


BUILTIN_CALLS = ["len", "repr", "str", "hash", "int", "float", "bool", "list", "tuple",
                 "set", "dict", "sorted", "reversed", "iter", "abs", "bytes", "bytearray",
                 "min", "max", "sum", "any", "all", "enumerate", "zip", "divmod(3, ",
                 "format", "chr", "ord", "hex", "bin", "oct", "round", "complex", "range",
                 "frozenset", "memoryview", "ascii", "callable", "id", "type", "vars", "dir",
                 "isinstance(1, ", "getattr(1, ", "pow(2, ", "slice", "next"]


def num(rng):
    return rng.choice(["0", "1", "-1", "2", "-2", "3", "10**20", "-10**20", "sys.maxsize",
                       "-sys.maxsize-1", "2**63", "-2**63", "2**64", "None", "True",
                       "1.5", "Weird()", "Bad()", "'1'"])


def slice_expr(rng):
    parts = [rng.choice(["", num(rng)]) for _ in range(rng.randint(1, 3))]
    return ":".join(parts) if len(parts) > 1 else (parts[0] or "0")


def s_binop(rng):
    return f"print(repr({expr(rng)}))"


def s_augassign(rng):
    op = rng.choice(["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "|=", "&=", "^="])
    return f"x = {expr(rng)}\nx {op} {expr(rng)}\nprint(repr(x)[:200])"


def s_hugeint(rng):
    ops = ["2 ** (10**9)", "10 ** 10 ** 10", "1 << (1 << 62)", "1 << 2**64", "(-1) << 10**19",
           "pow(2, 10**10, 0)", "pow(3, -1, 6)", "pow(10**50, -1, 7)", "2 ** -1000",
           "10**400 / 1", "float(10**400)", "(10**400) * 1.0", "int('9' * 5000)",
           "str(10**5000)", "(10**4300).__str__()", "int('1' * 100000)", "divmod(10**50, 0)",
           "10**50 // -1.5", "round(10**50, -60)", "round(1.5, 10**20)", "round(1e300, -400)",
           "(2**64).to_bytes(2, 'big')", "int.from_bytes(b'\\xff' * 100, 'little')",
           "(5).to_bytes(-1, 'big')", "(-1).to_bytes(8, 'big')", "(2**100).bit_length()",
           "(10**20) >> (10**20)", "7 >> -1", "abs(-2**63)", "-(-2**63)", "(-2**63) // -1",
           "(-2**63) % -1", "(-2**63) * -1", "hash(2**61 - 1)", "hash(-2**63)",
           "'%d' % 10**30", "f'{10**30:,}'", "f'{2**70:x}'", "format(10**20, '_b')",
           "chr(2**31)", "chr(-1)", "range(10**20)[10**19]", "len(range(10**20))",
           "range(0, 10**20, 10**19)[-1]", "[0] * (2**62)", "'a' * (2**62)", "b'a' * 2**62",
           "(1,) * 2**62", "[1] * -5", "bytearray(2**62)", "bytes(-1)", "'x'.center(2**62)",
           "'x'.zfill(2**62)", "'{:>2147483648}'.format(1)", "'%*d' % (2**62, 1)",
           "'x'.ljust(10**20)", "'abc'.expandtabs(2**40)", "'\\t'.expandtabs(2**31)",
           "'a'.join(['x'] * 3) * 10**19", "list(range(2**62))[:0]", "sum([2**63] * 4)",
           "math.factorial(10**20)", "math.comb(10**10, 10**9)", "math.isqrt(-1)",
           "math.ldexp(1.0, 10**20)", "math.gcd(2**200, 0)", "divmod(-2**63, -1)",
           "int(float('inf'))", "int(float('nan'))", "float('1e400').hex()", "(1e308*10).as_integer_ratio()",
           "complex(1e308, 1e308) * complex(1e308, 1e308)", "1j ** 10**20", "(0j) ** -1",
           "0.0 ** -1", "(-8) ** (1/3)", "2.0 ** 10**10", "10**-400", "1 / 10**400",
           "(10**400) / (10**399)", "(2**1100) // 1e-300", "divmod(1e308, 1e-308)",
           "0 ** -1", "(-1) ** (2**100)", "pow(0, -1, 5)", "pow(2, 2**100, 2**100 + 1)"]
    return f"import math\nprint(repr({rng.choice(ops)})[:100])"


def s_slice(rng):
    target = rng.choice(["[1, 2, 3, 4, 5]", "'hello'", "b'hello'", "bytearray(b'hello')",
                         "(1, 2, 3)", "range(10)", "range(10**20)", "memoryview(b'hello')",
                         "list(range(10))", "'é𝄞x'"])
    sl = slice_expr(rng) if rng.random() < 0.7 else f"{rng.choice(['', num(rng)])}::0"
    kind = rng.randrange(5)
    if kind == 0:
        return f"print(repr({target}[{sl}]))"
    if kind == 1:
        return f"v = list({target})\nv[{sl}] = {expr(rng)}\nprint(v)"
    if kind == 2:
        return f"v = bytearray(b'abcdef')\nv[{sl}] = {expr(rng)}\nprint(v)"
    if kind == 3:
        return f"v = list(range(8))\ndel v[{sl}]\nprint(v)"
    return f"print(slice({num(rng)}, {num(rng)}, {num(rng)}).indices({num(rng)}))"


def s_selfref(rng):
    ops = ["print(SelfList)", "print(SelfDict)", "print(repr(SelfList)[:50])",
           "print(SelfList == SelfList)", "print(SelfList == SelfList[:])", "print(str(SelfDict))",
           "print(SelfList < SelfList[:])", "print(SelfList in SelfList)",
           "print(hash(tuple(SelfList)))", "s = set(); print(s)", "print(sorted(SelfList[:1] * 3))",
           "print(SelfDict == dict(SelfDict))", "print(list(SelfList) * 2)",
           "d = {}; d[1] = d.values(); print(d)", "d = {}; d[1] = d.items(); print(d)",
           "d = {}; d[1] = d.keys(); print(d)", "o = []; o.append(iter(o)); print(len(o))",
           "t = [[]]; t[0].append(t); print(t)", "import copy; print(copy.deepcopy(SelfList)[0] is not None)",
           "print(SelfList.count(SelfList))", "print(SelfList.index(SelfList))",
           "print(f'{SelfList!r:>5}')", "print('%s' % (SelfList,))", "print(max(SelfList[:1] * 2))",
           "x = [1]; x.extend(x); x.extend(iter(x)); print(x)", "x = [1]; x += x; x *= 2; print(x)",
           "x = {1: 2}; x.update(x); x |= x; print(x)", "x = [1, 2]; x[:] = x; print(x)",
           "x = [1, 2]; x[::2] = x[:1]; print(x)", "b = bytearray(b'ab'); b.extend(b); b[:] = b; print(b)",
           "b = bytearray(b'ab'); b += b; b *= 3; print(b)", "print(set(SelfDict) == set(SelfDict))",
           "class C: pass\nc = C(); c.me = c; c.__dict__['d'] = c.__dict__; print(vars(c) is c.__dict__)"]
    return rng.choice(ops)


def s_dunder(rng):
    obj = rng.choice(["Weird()", "Bad()", "Rec()"])
    ops = ["len({o})", "hash({o})", "repr({o})", "str({o})", "bool({o})", "int({o})",
           "float({o})", "list({o})", "tuple({o})", "set([{o}])", "{{{o}: 1}}", "[{o}] == [{o}]",
           "{o} in [1, 2]", "sorted([{o}, {o}])", "[1, 2][{o}]", "'ab'[{o}]", "range(5)[{o}]",
           "range({o})", "'x' * {o}", "[0] * {o}", "bytes({o})", "bytearray({o})", "format({o})",
           "f'{{{o}}}'", "'%s' % ({o},)", "'%d' % ({o},)", "print({o})", "{o} < {o}", "max({o}, {o})",
           "list(reversed({o}))", "{o} + 1", "1 + {o}", "-{o}", "abs({o})", "{o}.foo",
           "getattr({o}, 'bar', 1)", "hasattr({o}, 'baz')", "dir({o})", "{o}()", "iter({o})",
           "next({o})", "'a' in {o}", "dict.fromkeys([{o}])", "{{}}.get({o})", "[{o}].index({o})",
           "[{o}].count(1)", "[{o}].remove(2)", "({o},) == ({o},)", "divmod({o}, 2)", "pow({o}, 2)",
           "round({o})", "complex({o})", "chr({o})", "hex({o})", "operator.index({o})",
           "memoryview({o})", "slice({o}).indices(3)", "list(zip({o}, [1]))", "list(map(int, {o}))",
           "enumerate({o}, {o})", "isinstance({o}, {o})", "issubclass(int, {o})",
           "sum([{o}])", "any([{o}])", "min([{o}, 1])", "vars({o})", "ascii({o})", "id({o}) > 0",
           "{{{o}}} == {{{o}}}", "frozenset([{o}])", "str.join('', {o})", "'abc'.split({o})",
           "'abc'.find('b', {o})", "'abc'.replace('a', 'b', {o})", "b'abc'[{o}]", "[1, 2, 3][{o}:]",
           "[1].__setitem__({o}, 2)", "object.__reduce_ex__({o}, 2)", "copy.copy({o})", "{o}.__class__",
           "type({o}).__mro__", "super(type({o}), {o}).__repr__()", "object.__repr__({o})[:10]"]
    op = rng.choice(ops).format(o=obj)
    return f"import operator, copy\nprint(repr({op})[:80])"


def s_recursion(rng):
    kind = rng.randrange(14)
    body = [
        "def f(): return f()\nf()",
        "class A:\n    def __getattribute__(self, n): return self.x\nA().y",
        "class A:\n    def __eq__(self, o): return [self] == [o]\nA() == A()",
        "class A:\n    def __lt__(self, o): return sorted([self, o])\nsorted([A(), A()])",
        "class A:\n    def __hash__(self): return hash((self,))\nhash(A())",
        "class A:\n    def __iter__(self): return iter(list(self))\nlist(A())",
        "class A:\n    def __repr__(self): return f'{self}'\n    __str__ = __repr__\nprint(A())",
        "class A:\n    def __len__(self): return len([self] * len(self))\nlen(A())",
        "class A:\n    def __getitem__(self, i): return self[i + 1]\nA()[0]",
        "class A:\n    def __call__(self): return self()\nA()()",
        "class A:\n    def __init__(self): A()\nA()",
        "class A:\n    def __format__(self, s): return format(self, s)\nformat(A(), '')",
        "class A:\n    def __add__(self, o): return o + self\n    __radd__ = __add__\nA() + A()",
        "class M(type):\n    def __getattr__(cls, n): return getattr(cls, n)\nclass A(metaclass=M): pass\nA.zz",
    ][kind]
    return body + "\nprint('unreachable?')"


def s_generator(rng):
    gens = ["(x for x in range(5))", "g_fin()", "g_yf()", "g_catch()", "g_self[0]",
            "iter([1, 2])", "g_ret()"]
    setup = ("def g_fin():\n    try:\n        yield 1\n        yield 2\n    finally:\n"
             "        print('fin')\n        yield 3\n"
             "def g_yf():\n    r = yield from g_fin()\n    yield r\n"
             "def g_catch():\n    for _ in range(5):\n        try:\n            yield 1\n"
             "        except BaseException as e:\n            print('caught', type(e).__name__)\n"
             "def g_ret():\n    return (yield)\n"
             "g_self = []\ndef g_me():\n    yield next(g_self[0])\ng_self.append(g_me())\n")
    g = rng.choice(gens)
    acts = []
    for _ in range(rng.randint(1, 5)):
        acts.append(rng.choice(["next(g)", "g.send(None)", "g.send(5)", "g.close()",
                                "g.throw(ValueError)", "g.throw(GeneratorExit)",
                                "g.throw(StopIteration)", "g.throw(ValueError('v'), None, None)",
                                "g.throw(1)", "g.throw(ValueError, 2)", "list(g)",
                                "g.gi_frame", "g.gi_running", "g.gi_yieldfrom", "g.gi_code.co_name",
                                "g.__next__()", "g.__del__() if hasattr(g, '__del__') else 0",
                                "del g\ng = None"]))
    lines = ["    try:\n        print(repr(" + a + ")[:40])\n    except BaseException as e:\n        show(e)"
             if "\n" not in a else "    " + a.replace("\n", "\n    ") for a in acts]
    return setup + f"if True:\n    g = {g}\n" + "\n".join(lines)


def s_mutate_iter(rng):
    ops = [
        "l = [1, 2, 3]\nfor x in l:\n    l.append(x)\n    if len(l) > 50: break\nprint(len(l))",
        "l = [1, 2, 3]\nfor x in l:\n    l.clear()\nprint(l)",
        "d = {1: 2, 3: 4}\nfor k in d:\n    d[k + 10] = 1",
        "d = {1: 2, 3: 4}\nfor k in d:\n    del d[k]",
        "d = {1: 2}\nfor k in d:\n    d.pop(k); d[k] = 1",
        "s = {1, 2, 3}\nfor x in s:\n    s.add(x + 10)",
        "s = {1, 2, 3}\nfor x in s:\n    s.discard(x); s.add(x)",
        "l = list(range(10))\nprint([l.pop() for x in l])",
        "l = [3, 1, 2]\nl.sort(key=lambda x: l.append(x) or x)\nprint(l)",
        "l = [3, 1, 2]\nl.sort(key=lambda x: l.clear() or x)\nprint(l)",
        "l = [3, 1, 2]\ndef k(x):\n    l[:] = [9] * 100\n    return x\nl.sort(key=k)\nprint(len(l))",
        "l = [3, 1, 2]\nclass K:\n    def __init__(s, x): s.x = x\n    def __lt__(s, o):\n        l.clear(); return s.x < o.x\nl.sort(key=K)\nprint(l)",
        "d = {i: i for i in range(5)}\nit = iter(d.items())\nnext(it)\nd.clear()\nprint(list(it))",
        "l = [1, 2]\nit = reversed(l)\nl.clear()\nprint(list(it))",
        "l = [1, 2, 3]\nit = iter(l)\nnext(it); del l[:]\nl.extend([7, 8, 9])\nprint(list(it))",
        "b = bytearray(b'abc')\nfor c in b:\n    b.extend(b'x')\n    if len(b) > 20: break\nprint(b)",
        "b = bytearray(b'abc')\nm = memoryview(b)\nb.extend(b'x')",
        "b = bytearray(b'abc')\nm = memoryview(b)\nm.release()\nb.extend(b'x')\nprint(b)",
        "class E:\n    def __eq__(s, o):\n        L.clear(); return False\nL = [1, E(), 3]\nprint(E() in L, L.count(E()))",
        "class E:\n    def __eq__(s, o):\n        D.clear(); return False\n    def __hash__(s): return 1\nD = {E(): 1, 1: 2}\nprint(D.get(E()))",
        "class E:\n    def __eq__(s, o):\n        S.clear(); return False\n    def __hash__(s): return 1\nS = {E(), 1}\nprint(E() in S)",
        "class E:\n    def __eq__(s, o):\n        L.clear(); return True\nL = [E(), E()]\nL.remove(1); print(L)",
        "class E:\n    def __lt__(s, o):\n        L.append(1); return True\nL = [E(), E(), E()]\nprint(max(L) is not None)",
        "class E:\n    def __eq__(s, o):\n        del A[:]; return False\nA = [E()] * 3\nB = [E()] * 3\nprint(A == B)",
        "class E:\n    def __hash__(s):\n        D.clear(); return 1\nD = {1: 2}\nD[E()] = 3\nprint(len(D))",
        "d = {}\nclass K:\n    def __hash__(s): return 0\n    def __eq__(s, o):\n        d.clear(); d.update({i: i for i in range(20)}); return False\nd[K()] = 1\nd[K()] = 2\nprint(len(d))",
        "import collections\nq = collections.deque([1, 2, 3])\nfor x in q:\n    q.append(x)",
        "import collections\nod = collections.OrderedDict(a=1)\nfor k in od:\n    od['b'] = 2",
        "l = [1, 2, 3]\nprint(l.index(2, -10**20, 10**20), l.insert(10**20, 5), l.pop(-1))",
        "l = []\nl.insert(-2**63, 1)\nl.insert(2**63, 2)\nprint(l, l.pop(2**63) if False else 0)",
    ]
    return rng.choice(ops)


def s_sort(rng):
    key = rng.choice(["lambda x: x", "lambda x: 1/0", "str", "lambda x: [x]", "lambda x: None",
                      "lambda x: Weird()", "lambda x: object()", "len", "hash", "lambda *a: 1",
                      "1", "None", "lambda x: (x, Weird())", "lambda x: float('nan')"])
    data = rng.choice(["[3, 1, 2]", "[1, 'a', 2.0]", "['b', 'a']", "[[2], [1], [1, 0]]",
                       "[float('nan'), 1, 0]", "[Weird(), Weird()]", "[(1, 'a'), (1, 2)]",
                       "list(range(100))[::-1]", "[{1}, {2}, {1, 2}]", "[None, None]"])
    fn = rng.choice(["sorted({d}, key={k})", "sorted({d}, key={k}, reverse=True)",
                     "min({d}, key={k})", "max({d}, key={k}, default=0)", "{d}.sort(key={k})",
                     "sorted({d}, reverse={k})", "sorted({d}, {k})", "list.sort({d}, key={k})"])
    return f"print({fn.format(d=data, k=key)})"


def s_nesting(rng):
    n = rng.choice([10, 100, 1000, 5000, 50000, 200000])
    kind = rng.randrange(10)
    if kind == 0:
        return f"x = []\nfor i in range({n}):\n    x = [x]\nprint(len(repr(x)) if {n} < 900 else str(x)[:10])"
    if kind == 1:
        return f"x = {{}}\nfor i in range({n}):\n    x = {{1: x}}\nprint(x == x, str(x)[:10])"
    if kind == 2:
        return f"x = ()\nfor i in range({n}):\n    x = (x,)\nprint(hash(x) == hash(x), x == x)"
    if kind == 3:
        return f"x = []\ny = []\nfor i in range({n}):\n    x = [x]; y = [y]\nprint(x == y, x < y)"
    if kind == 4:
        return f"x = None\nfor i in range({n}):\n    x = [x]\ndel x\nprint('freed')"
    if kind == 5:
        return f"f = lambda: 0\nfor i in range({n}):\n    f = (lambda g: lambda: g())(f)\nprint(f())"
    if kind == 6:
        return f"import copy\nx = []\nfor i in range({n}):\n    x = [x]\nprint(len(copy.deepcopy(x)))"
    if kind == 7:
        return f"x = 1\nfor i in range({n}):\n    x = (x, x) if i < 12 else (x,)\nprint(hash(x) is not None)"
    if kind == 8:
        return f"it = iter([1])\nfor i in range({n}):\n    it = map(lambda v: v, it)\nprint(list(it))"
    return f"x = 'a'\nfor i in range({n}):\n    x = {{'k': x}}\nimport json\nprint(len(json.dumps(x)))"


def s_strmeth(rng):
    s = rng.choice(["'abc'", "''", "'a\\tb\\nc'", "'é𝄞ß'", "'ABC abc'", "'\\x00\\udfff'" if False else "'\\u0130'",
                    "('a' * 1000)", "'x,y,,z'", "b'abc'", "bytearray(b'a b')"])
    meth = rng.choice([
        "split({a})", "split({a}, {n})", "rsplit({a}, {n})", "splitlines({n})", "strip({a})",
        "find({a}, {n}, {n})", "rfind({a}, {n})", "index({a}, {n}, {n})", "count({a}, {n}, {n})",
        "replace({a}, {a}, {n})", "center({n}, {a})", "ljust({n})", "rjust({n}, {a})",
        "zfill({n})", "expandtabs({n})", "startswith({a}, {n}, {n})", "endswith(({a},), {n})",
        "partition({a})", "rpartition({a})", "join({a})", "encode({a})", "encode('utf-8', {a})",
        "decode({a})", "translate({a})", "maketrans({a}, {a})", "format({a}, x={n})",
        "format_map({a})", "casefold()", "title()", "swapcase()", "isidentifier()",
        "removeprefix({a})", "removesuffix({a})", "__mod__({a})", "__getitem__({n})",
        "__mul__({n})", "__contains__({a})", "hex({a}, {n})", "fromhex({a})", "istitle()",
        "__format__({a})", "split(maxsplit={n})", "ljust({n}, 'ab')", "lstrip(None)",
    ])
    args = {"a": lambda: rng.choice(["''", "'a'", "','", "None", "1", "b'a'", "'\\x00'", "{}",
                                     "{97: None}", "'%s%d'", "'{0}'", "'{'", "'}'", "'{x!z}'",
                                     "'{0:{1}}'", "'%*.*f'", "'%(a)s'", "('a', 'b')", "[1]",
                                     "'utf-16'", "'rot13'", "'xx'", "'strict'", "'zz'"]),
            "n": lambda: num(rng)}
    m = meth
    while "{a}" in m or "{n}" in m:
        m = m.replace("{a}", args["a"](), 1) if "{a}" in m else m.replace("{n}", args["n"](), 1)
    return f"print(repr({s}.{m})[:100])"


def s_format(rng):
    spec = rng.choice(["", ">10", "<0", "^-5", "+.3f", ",d", "_x", "#o", ".100000000f", "=20",
                       "x<2147483648", ".2147483648", "e", "%", "g", "n", "c", "b", "s", "#",
                       "010.5", ".-1", "z", "999999999999999999999", ".3s", "0>5,", ",_", "\\x00"])
    val = rng.choice(ATOMS[:30])
    kind = rng.randrange(4)
    if kind == 0:
        return f"print(repr(format({val}, '{spec}')))"
    if kind == 1:
        return f"print(repr('{{0:{spec}}}'.format({val})))"
    if kind == 2:
        conv = rng.choice(["%d", "%s", "%r", "%x", "%c", "%.3f", "%*d", "%-*.*e", "%(k)s", "%%",
                           "%z", "%", "%5", "%.*s", "%a", "%i", "%o", "%X", "%#x", "%g", "%10000000000d"])
        args = rng.choice([val, f"({val},)", f"({val}, {val})", "{'k': 1}", "()", "(1, 2, 3)"])
        return f"print(repr('{conv}' % {args}))"
    return f"v = {val}\nprint(repr(f'{{v!r:{spec}}}'))"


def s_misc(rng):
    ops = [
        "print(int('1_0'), int(' 12 ', 0), int('0x10', 16), int('z', 36), int('1', 37))",
        "print(int('12', -1))", "print(int(b'\\xff'))", "print(float('0x1p5'))",
        "print(float(' 1e9999 '), float('-nan'))", "print(complex('1+'))",
        "print(bytes.fromhex('zz'))", "print(b'%s' % 'x')", "print(b'%b' % (b'x' * 3))",
        "print(bytes(range(256))[::-7])", "print(memoryview(b'abcd').cast('I'))",
        "print(memoryview(b'abc').cast('B', (3, 0)))", "print(memoryview(b'ab')[::-1].tobytes())",
        "m = memoryview(bytearray(4)); m[0:2] = b'xyz'", "m = memoryview(b'ab'); m[0] = 1",
        "print(list(memoryview(b'ab').cast('c')))", "print(memoryview(b'abcdefgh').cast('d')[0])",
        "print(dict([(1, 2, 3)]))", "print(dict([[1]]))", "print(dict(1))", "print(dict(a=1, **{'a': 2}))",
        "print({**{1: 2}, **[]})", "print([*1])", "print((*None,))", "def f(**k): pass\nf(**{1: 2})",
        "def f(a, /, b, *, c): pass\nf(1, a=2, b=3, c=4)", "def f(*, a): pass\nf(1)",
        "print(getattr(1, 'x' * 1000, 'd'))", "print(setattr(1, 'x', 2))", "object.__setattr__(1, 'x', 2)",
        "print(type('A', (int, str), {}))", "print(type('A', (), {'__slots__': ['a', 'a']}))",
        "print(type('A', (1,), {}))", "print(type(1, 2))", "print(type('A', (bool,), {}))",
        "class A(type(None)): pass", "class A(int, metaclass=1): pass", "class A: __slots__ = 1",
        "class A:\n    __slots__ = ('x',)\na = A()\nprint(a.x)", "class A: pass\nA.__bases__ = (int,)",
        "class A: pass\nA.__class__ = int", "a = object(); a.__class__ = int",
        "class A: pass\nclass B: pass\na = A(); a.__class__ = B; print(type(a).__name__)",
        "class A: pass\nA.__name__ = 1", "class A: pass\nA.__qualname__ = None",
        "class A: pass\nA.__mro__ = ()", "class A:\n    def __init__(self): return 1\nA()",
        "class A:\n    def __new__(cls): return 1\nprint(A())", "class A(int):\n    def __new__(cls): return 5\nprint(A())",
        "print(int.__new__(str))", "print(object.__new__(int))", "print(str.__new__(int))",
        "print(list.__init__(1))", "print(int.__add__('a', 1))", "print(str.join(1, 2))",
        "print(dict.__getitem__([], 1))", "print(list.append(1, 2))", "print(tuple.__len__(1))",
        "print(super(int, 1).__repr__())", "print(super(str, 1))", "print(super().x)",
        "print(super(int, int).__name__)", "import sys\nsys.setrecursionlimit(-1)",
        "import sys\nsys.setrecursionlimit(10**9)\ndef f(): f()\nf()",
        "import sys\nsys.setrecursionlimit(2**62)", "import sys\nprint(sys.getsizeof(1))",
        "exec('x = 1', 1)", "exec(1)", "eval('1+', {})", "eval('x', {}, 1)", "compile('1', 'f', 'bad')",
        "exec(compile('yield 1', 'f', 'exec'))", "exec('return 1')", "eval('(' * 500 + ')' * 500)",
        "exec('a = 1\\n' * 5)", "print(eval('lambda: 1')())", "print(globals() is globals())",
        "locals()['zz'] = 1\nprint(zz)", "print(vars(1))", "del __builtins__\nprint(len)",
        "import builtins\ndel builtins.print\nprint(1)", "import builtins\nbuiltins.len = None\nprint(len([]))",
        "__import__('')", "__import__('os', level=-1)", "__import__('.x')", "import nonexistent_mod_zz",
        "from sys import nothing", "import sys\nsys.modules['x'] = 1\nimport x\nprint(x)",
        "import sys\nsys.modules['sys'] = None\nimport sys", "import sys\nsys.stdout = None\nprint(1)",
        "import sys\nsys.stdout = 1\nprint(1)", "import sys\nsys.stderr = None\n1/0",
        "raise 1", "raise ValueError from 1", "raise StopIteration", "raise KeyboardInterrupt('x')",
        "e = ValueError(); e.__cause__ = e; raise e", "e = ValueError(); e.__context__ = 1",
        "try:\n    1/0\nexcept 1:\n    pass", "try:\n    1/0\nexcept (1, ZeroDivisionError):\n    pass",
        "e = Exception(); e.__traceback__ = 1", "raise Exception().with_traceback(1)",
        "e = ValueError(); e.args = 1; print(e)", "print(BaseException.__new__(int))",
        "print(OSError(1, 2, 3, 4, 5, 6))", "print(KeyError())", "print(UnicodeDecodeError('a', b'', 5, 1, 'x'))",
        "print(SyntaxError('x', (1, 2, 3, 4)))", "print(SyntaxError('x', 1))", "print(StopIteration(1).value)",
        "print(SystemExit(1, 2).code)", "print(ExceptionGroup)" if False else "print(NameError(name=1).name)",
        "a = [1]\nprint(a.__iadd__(1))", "print(iter(1, 2))", "print(next(iter(int, 0)))",
        "x = iter(lambda: 1/0, 0)\nnext(x)", "print(list(zip(*[[1]] * 3, strict=True)))",
        "print(list(zip([1], [], strict=True)))", "print(list(map(None, [1])))", "print(list(filter(1, [1])))",
        "print(enumerate([], 2**100).__next__)", "print(list(enumerate('ab', 2**63 - 1)))",
        "print(range(0, 1, 0))", "print(range(1.5))", "print(range(10)[::0])", "print(range(10**30)[::-1][0])",
        "print(range(5).index(10))", "print(reversed(range(-2**63, 2**63))[0] if False else list(reversed(range(2**63 - 2, 2**63))))",
        "print(list(range(2**63 - 3, 2**63 + 2)))", "print(hash(range(10**20)))",
        "print(sum(range(10**6)))", "print(sum([0.1] * 10), sum([1j, 1]), sum(['a'], ''))",
        "print(min(()))", "print(max(1))", "print(max([], default=1, key=1))", "print(min(1, 2, key=None))",
        "print(divmod(1, 0.0))", "print(round(float('inf')))", "print(round(float('nan'), 2))",
        "print(round(1.2345, -2**63))", "print(abs(-0.0), abs(-1j))", "print((1).__round__(-2**70))",
        "print(int.__round__(5, 'x'))", "print((2.5).__round__(None))", "print(float.fromhex('0x1p99999'))",
        "print((1.0).hex(), float.fromhex('-0x1.8p-1074'))", "print(float.fromhex('x'))",
        "print(int.from_bytes(b'', 'middle'))", "print((1).to_bytes(1, 'little', signed=2))",
        "print(chr(0x110000))", "print(ord(''))", "print(ord('ab'))", "print(bin(-2**70))",
        "print(oct(True), hex(False))", "print(bool.__new__(bool, 5))", "print(True + True, ~True)",
        "print(1 .real, 1 .imag, (1.5).conjugate())", "print((1).__class__.__bases__)",
        "print(NotImplemented.__class__())", "print(bool(NotImplemented))", "print(Ellipsis.__reduce__())",
        "print(type(None)())", "print(type(Ellipsis)())", "print(object.__init__(1, 2))",
        "print(object().__eq__(1))", "print(object.__subclasshook__())", "print(int.__subclasses__()[:1])",
        "print(object.__format__(1, 'x'))", "print(object.__reduce_ex__(1, -1))", "print(object.__sizeof__(1))",
        "print(isinstance(1, (int, (str, (float, ())))))", "print(isinstance(1, ()))", "print(issubclass(1, int))",
        "t = (int,)\nfor i in range(100000):\n    t = (t,)\nprint(isinstance(1, t))",
        "print(callable(Weird), callable(1))", "print(property(1).__get__(1))", "print(property().fget)",
        "class A:\n    @property\n    def p(self): return self.p\nA().p",
        "class A:\n    p = property(lambda s: 1)\na = A(); a.p = 2", "print(staticmethod(1)(), 1)",
        "print(classmethod(1).__get__(None, int)())", "print(classmethod(len).__get__(1)())",
        "import functools\nprint(functools.reduce(lambda a, b: a + b, [], ))",
        "import functools\np = functools.partial(print, 1)\np.func = 2",
        "import functools\n@functools.lru_cache(maxsize=-1)\ndef f(x): return f(x)\nf(1)",
        "import itertools\nprint(list(itertools.islice(itertools.count(), -1)))",
        "import itertools\nprint(list(itertools.product(range(2), repeat=-1)))",
        "import itertools\nprint(list(itertools.islice(itertools.permutations(range(10**6)), 1))[0][:3])",
        "import itertools\nprint(len(list(itertools.combinations(range(5), 10**20))))",
        "import itertools\nprint(list(itertools.repeat(1, -5)), next(itertools.repeat(1, 2**70)))",
        "import itertools\nit = itertools.tee([1, 2], 10**9)", "import itertools\nprint(list(itertools.tee([1], -1)))",
        "import itertools\nprint(list(itertools.accumulate([1, 'a'])))", "import itertools\nprint(list(itertools.chain(1)))",
        "import itertools\ng = itertools.groupby([1, 1, 2])\nk, v = next(g)\nnext(g)\nprint(list(v))",
        "import collections\nprint(collections.deque([1], maxlen=-1))", "import collections\nd = collections.deque(maxlen=0); d.append(1); print(d)",
        "import collections\nd = collections.deque(range(5)); d.rotate(2**100); print(d)",
        "import collections\nd = collections.deque(range(5)); d.rotate(-2**63); print(d)",
        "import collections\nd = collections.deque(range(5)); print(d[10**20])",
        "import collections\nprint(collections.Counter(a=-1) + collections.Counter(b=2**70))",
        "import collections\nd = collections.defaultdict(1)", "import collections\nd = collections.defaultdict(lambda: d[1]); d[0]",
        "import math\nprint(math.sqrt(-1))", "import math\nprint(math.log(0))", "import math\nprint(math.log(10**1000))",
        "import math\nprint(math.log(-10**1000))", "import math\nprint(math.exp(1000))", "import math\nprint(math.floor(float('inf')))",
        "import math\nprint(math.ceil(float('nan')))", "import math\nprint(math.trunc(1e300))", "import math\nprint(math.fsum([1e308, 1e308, -1e308]))",
        "import math\nprint(math.prod([2**1000] * 3).bit_length())", "import math\nprint(math.perm(5, -1))", "import math\nprint(math.dist([1], [1, 2]))",
        "import math\nprint(math.hypot(*[1e308] * 3))", "import math\nprint(math.pow(0, -1))", "import math\nprint(math.fmod(1, 0))",
        "import math\nprint(math.frexp(float('inf')), math.modf(float('inf')))", "import math\nprint(math.gcd(), math.lcm(2**64, 3**40))",
        "import math\nprint(math.isqrt(10**500) % 10)", "import math\nprint(math.factorial(-1))", "import math\nprint(math.factorial(5.0))",
        "import math\nprint(math.nextafter(0, 1), math.ulp(float('inf')))", "import math\nprint(math.isclose(1, 1, rel_tol=-1))",
        "import random\nprint(random.randrange(0))", "import random\nprint(random.sample(range(3), 5))",
        "import random\nrandom.seed(2**200)\nprint(random.random())", "import random\nprint(random.choice([]))",
        "import random\nprint(random.getrandbits(-1))", "import random\nprint(random.randint(10**30, 10**31) > 0)",
        "import random\nprint(random.shuffle(1))", "import random\nprint(random.choices([1], k=-1))",
        "import re\nprint(re.compile('(' * 200 + ')' * 200))", "import re\nprint(re.match('(a*)*b', 'a' * 30))",
        "import re\nprint(re.compile('[z-a]'))", "import re\nprint(re.sub('a', lambda m: 1, 'aa'))",
        "import re\nprint(re.match('a{99999999999}', 'a'))", "import re\nprint(re.findall('', 'abc'))",
        "import re\nprint(re.split('x*', 'axbc'))", "import re\nprint(re.match('(?P<a>x)(?P=b)', 'x'))",
        "import re\nprint(re.sub('(a)', '\\\\9', 'a'))", "import re\nprint(re.compile(1))",
        "import json\nprint(json.loads('[' * 100000 + ']' * 100000))", "import json\nprint(json.dumps(SelfList))",
        "import json\nprint(json.loads('1e999'), json.loads('-Infinity'))", "import json\nprint(json.dumps({1: float('nan')}))",
        "import json\nprint(json.loads('\"\\\\ud800\"'))", "import json\nprint(json.dumps(object()))",
        "import time\nprint(time.sleep(-1))", "import time\nprint(time.strftime('%Y', (1,)))",
        "import time\nprint(time.localtime(10**20))", "import time\nprint(time.gmtime(float('nan')))",
        "import os\nprint(os.getcwd() is not None, os.path.join())", "import os\nprint(os.environ[1])",
        "import os\nprint(os.path.exists('\\x00'))", "import os\nos.listdir('\\x00')",
        "import io\ns = io.StringIO(); s.close(); s.write('x')", "import io\ns = io.StringIO('abc'); s.seek(-1)",
        "import io\ns = io.BytesIO(b'abc'); s.seek(2**70)", "import io\ns = io.StringIO('abc'); print(s.read(-5), s.read(2**63))",
        "import io\ns = io.BytesIO(); s.write(b'x'); s.seek(10**6); s.write(b'y'); print(len(s.getvalue()))",
        "import io\ns = io.BytesIO(); s.seek(2**62); s.write(b'y')", "import io\ns = io.StringIO(); s.seek(2**62); s.write('y')",
        "import io\ns = io.StringIO('abc'); s.truncate(-1)", "import io\nio.StringIO(1)",
        "import struct\nprint(struct.pack('>q', 2**63))", "import struct\nprint(struct.unpack('i', b'ab'))",
        "import struct\nprint(struct.calcsize('999999999999999999999i'))", "import struct\nprint(struct.pack('%ds' % 2**62, b''))",
        "import string\nprint(string.Formatter().format('{0}{1}', 1))", "import textwrap\nprint(textwrap.wrap('a b', width=0))",
        "import heapq\nh = [3, 1]\nheapq.heappush(h, 'a')", "import heapq\nprint(heapq.nlargest(-1, [1]))",
        "import bisect\nprint(bisect.bisect([1, 2], 1, -5, 10**20))", "import bisect\nprint(bisect.insort(1, 2))",
        "import operator\nprint(operator.itemgetter()(1))", "import operator\nprint(operator.attrgetter('a..b')(1))",
        "import operator\nprint(operator.methodcaller()(1))", "import operator\nprint(operator.length_hint(Bad()))",
        "import enum\nclass E(enum.Enum):\n    A = 1\n    A = 2", "import enum\nprint(enum.Enum('E', 1))",
        "import dataclasses\n@dataclasses.dataclass\nclass D:\n    a: int = []\n",
        "import dataclasses\n@dataclasses.dataclass(frozen=True)\nclass D:\n    a: int\nd = D(1); d.a = 2",
        "import fractions\nprint(fractions.Fraction(1, 0))", "import fractions\nprint(fractions.Fraction('1/0'))",
        "import fractions\nprint(fractions.Fraction(10**100, 3) ** 10**3 > 0)", "import decimal\nprint(decimal.Decimal(1) / 0)",
        "import statistics\nprint(statistics.mean([]))", "import statistics\nprint(statistics.median([float('nan'), 1]))",
        "import copy\nclass A:\n    def __deepcopy__(self, m): return copy.deepcopy(self)\ncopy.deepcopy(A())",
        "import copy\nclass A:\n    def __reduce__(self): return 1\ncopy.copy(A())", "import copy\nclass A:\n    def __reduce_ex__(self, p): return (A, 1)\ncopy.copy(A())",
        "import pickle\nprint(pickle.loads(pickle.dumps(SelfList))[0] is not None)",
        "import weakref\nclass A: pass\na = A(); r = weakref.ref(a); del a; print(r())",
        "import weakref\nprint(weakref.ref(1))", "import types\nprint(types.SimpleNamespace(**{1: 2}))",
        "import types\nprint(types.FunctionType(1, 2))", "import types\nprint(types.MethodType(1, 2)())",
        "import types\nprint(types.CodeType())", "import types\nf = lambda: 0\nf.__code__ = 1",
        "f = lambda: 0\nf.__code__ = (lambda x: x).__code__\nprint(f())", "f = lambda: 0\nf.__defaults__ = 1",
        "f = lambda a=1: a\nf.__defaults__ = ()\nprint(f())", "f = lambda *, a: a\nf.__kwdefaults__ = {'a': 1}\nprint(f())",
        "f = lambda: 0\nf.__globals__['x'] = 1", "f = lambda: 0\nf.__closure__ = ()", "f = lambda: 0\nprint(f.__code__.replace(co_argcount=5)) ",
        "def f(): x\nf.__code__ = f.__code__.replace(co_names=())\nf()",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_consts=())\nf()",
        "def f(a): return a\nf.__code__ = f.__code__.replace(co_varnames=())\nf(1)",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_code=b'\\x00' * 4)\nf()",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_code=b'd\\xff' + b'S\\x00')\nf()",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_code=b'q\\x7f')\nf()",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_code=b'\\x01\\x00' * 100 + b'S\\x00')\nf()",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_stacksize=0)\nprint(f())",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_code=b'')\nf()",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_code=b'|\\x05S\\x00')\nf()",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_code=b'\\x90\\xff' * 4 + b'd\\x00S\\x00')\nf()",
        "def f(x): return x\nf.__code__ = f.__code__.replace(co_code=b'\\x88\\x07S\\x00')\nf(1)",
        "def f(): yield 1\nf.__code__ = f.__code__.replace(co_flags=0)\nprint(f())",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_flags=0x20)\nprint(list(f()))",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_nlocals=-1)",
        "def f(): return 1\nprint(f.__code__.replace(co_lnotab=b'\\xff' * 10).co_lines)",
        "def f(): return 1\nf.__code__ = f.__code__.replace(co_linetable=b'\\x80\\x80\\xff')\nf()\nimport traceback",
        "def f(): 1/0\nf.__code__ = f.__code__.replace(co_linetable=b'\\xff\\x7f' * 3)\nf()",
        "def f(): 1/0\nf.__code__ = f.__code__.replace(co_firstlineno=-5)\nf()",
        "def f(): 1/0\nf.__code__ = f.__code__.replace(co_filename='\\x00')\nf()",
        "import sys\nprint(sys._getframe(10**6))", "import sys\nprint(sys._getframe(-1))", "import sys\nf = sys._getframe(); f.f_lineno = 1",
        "import sys\nprint(sys._getframe().f_back)", "import sys\nprint(sys._getframe().f_locals is not None)",
        "import sys\nprint(sys.exc_info())", "import sys\nsys.exit('msg')" if False else "import sys\nprint(sys.intern(1))",
        "import sys\nsys.settrace(1)", "import sys\nsys.setprofile(lambda *a: 1/0)\nprint(1)",
        "import sys\nsys.excepthook = 1\n1/0", "import sys\nsys.excepthook = lambda *a: 1/0\n1/0",
        "import sys\nsys.displayhook = 1", "import sys\nsys.argv = 1\nprint(sys.argv)", "import sys\nsys.path = None\nimport zzq",
        "import sys\nsys.path.insert(0, 1)\nimport zzq", "import sys\nsys.meta_path = 1\nimport zzq",
        "import traceback\ntraceback.print_exc()", "import traceback\ntraceback.print_exception(1)",
        "import traceback\ntraceback.print_stack(limit=-5)", "import traceback\nprint(traceback.format_exception_only(ValueError, 1))",
        "import warnings\nwarnings.warn(1)", "import warnings\nwarnings.warn('x', 1)", "import warnings\nwarnings.simplefilter('error')\nwarnings.warn('x')",
        "import abc\nclass A(abc.ABC):\n    @abc.abstractmethod\n    def f(self): pass\nA()",
        "import contextlib\nwith contextlib.suppress(1): 1/0", "import contextlib\n@contextlib.contextmanager\ndef c():\n    yield\n    yield\nwith c(): pass",
        "import contextlib\n@contextlib.contextmanager\ndef c():\n    return\n    yield\nwith c(): pass",
        "class C:\n    def __enter__(self): return 1\nwith C(): pass", "class C:\n    __enter__ = 1\n    __exit__ = 2\nwith C(): pass",
        "class C:\n    def __enter__(s): pass\n    def __exit__(s, *a): return Weird()\nwith C(): 1/0",
        "class C:\n    def __enter__(s): pass\n    def __exit__(s, *a): raise StopIteration\nwith C(): 1/0",
        "async def f(): pass\nf().send(None)", "async def f(): await 1\nf().send(None)", "async def f(): pass\nc = f(); c.close(); c.send(None)",
        "async def f(): return await f()\nf().send(None)", "async def f():\n    async for x in 1: pass\nf().send(None)",
        "async def f():\n    async with 1: pass\nf().send(None)", "async def f(): yield 1\nprint(f().__anext__())",
        "async def f(): yield 1\ng = f(); g.asend(None).send(None)", "async def f(): yield 1\ng = f(); g.athrow(ValueError).send(None)",
        "async def f(): yield 1\ng = f(); print(g.aclose().send(None))", "import asyncio\nasyncio.run(1)",
        "import asyncio\nasync def m():\n    await asyncio.sleep(-1)\n    return 1\nprint(asyncio.run(m()))",
        "import asyncio\nasync def m(): return await asyncio.gather(*[asyncio.sleep(0) for _ in range(1000)])\nprint(len(asyncio.run(m())))",
        "import asyncio\nasync def m():\n    t = asyncio.current_task(); await t\nasyncio.run(m())",
        "import asyncio\nasync def m():\n    l = asyncio.get_running_loop(); l.run_until_complete(asyncio.sleep(0))\nasyncio.run(m())",
        "import asyncio\nasync def m():\n    asyncio.run(m())\nasyncio.run(m())",
        "import asyncio\nasync def m():\n    f = asyncio.get_running_loop().create_future(); f.set_result(1); f.set_result(2)\nasyncio.run(m())",
        "import asyncio\nasync def m():\n    await asyncio.wait_for(asyncio.sleep(10), -1)\nasyncio.run(m())",
        "import asyncio\nasync def m():\n    q = asyncio.Queue(-1); await q.put(1); print(await q.get())\nasyncio.run(m())",
        "import asyncio\nasync def m():\n    await asyncio.wait([])\nasyncio.run(m())",
        "def g():\n    yield g_.send(1)\ng_ = g(); next(g_)", "def g():\n    yield from g_\ng_ = g(); next(g_)",
        "def g():\n    try:\n        yield\n    finally:\n        raise ValueError\nx = g(); next(x); del x",
        "def g():\n    try:\n        yield\n    finally:\n        yield\nx = g(); next(x); x.close()",
        "def g():\n    try:\n        yield\n    except GeneratorExit:\n        yield 5\nx = g(); next(x); del x\nprint('ok')",
        "def g(): yield from 1\nnext(g())", "def g(): yield from range(3)\nx = g(); next(x); print(x.throw(ValueError))",
        "def g():\n    yield\nx = g()\nx.gi_frame.f_locals", "def g(): return (yield)\nx = g(); next(x); x.send(x)",
        "gen = (i for i in range(3))\nnext(gen)\nprint(gen.gi_frame.f_lasti > 0, list(gen))",
        "def g(): yield 1\nx = g()\nprint(x.__next__(), x.__next__())",
        "l = [lambda: l[0]()] \nl[0]()", "x = 1\ndef f():\n    print(x)\n    x = 2\nf()",
        "def f():\n    def g(): return v\n    return g()\n    v = 1\nf()", "del undefined_name", "nonexistent.attr",
        "a, b = 1", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, *b = 1", "[a, b] = 'xyz'", "(a, b), c = 1, 2",
        "x = [0]\nx[True:None:False]", "x = {}\nx[[]] = 1", "x = set()\nx.add({})", "{[]: 1}", "{{1}}",
        "print({1: 2} | 1)", "print({1: 2} | {1: 3}, {1} | frozenset(), frozenset() | {1})",
        "print(set().union(1))", "print(set.difference({1}, [2], (3,)))", "print(dict.fromkeys(1))",
        "print({}.pop(1))", "print({}.popitem())", "print(set().pop())", "print([].pop())", "print([].pop(2**63))",
        "print({}.setdefault([], 1))", "d = {}\nd.update([[1]])", "d = {}\nd.update(1)", "d = {}\nd.update(a=1, b=2)\nprint(d)",
        "print(sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1]))", "print(list({1: 2}.items())[0][5])",
        "print({1: 2}.keys() & 1)", "print({1: 2}.keys() | [[]])", "print({1: 2}.items() & {(1, [])})",
        "print({1: 2}.values() == {1: 2}.values())", "print(reversed({1: 2}.values()).__length_hint__())",
        "print(tuple.__new__(tuple, 1))", "print(list.__new__(int))", "print(tuple.__getitem__((1,), 2**63))",
        "print((1, 2).index(2, 2**63, -2**63))", "print([1, 2].index(2, 2**100))", "print((1,) * 0 == ())",
        "print('abc'[2**63])", "print('abc'[-2**63])", "print('abc'[2**63:])", "print([1][-2**63:2**63])",
        "print(b'abc'[2**100:])", "print(range(3)[2**100:])", "print(memoryview(b'abc')[2**100:])",
        "print('a'.__getitem__(slice(Weird(), None)))", "print([1, 2, 3][Weird():])", "print([1, 2, 3][:Bad()])",
        "print(list(range(5))[::-(2**63)])", "print(list(range(5))[::2**63])", "print('hello'[::-2**70])",
        "x = list(range(5))\nx[::-(2**63)] = [9]\nprint(x)", "x = list(range(5))\nx[2**63::] = [9]\nprint(x)",
        "x = list(range(5))\ndel x[::-(2**63)]\nprint(x)", "x = bytearray(5)\nx[::2**63] = b'a'\nprint(x)",
        "x = bytearray(5)\ndel x[::-3]\nprint(x)", "x = bytearray(b'abcde')\nx[1:4:2] = b'xyz'", "x = bytearray(b'ab')\nx[0] = 256",
        "x = bytearray(b'ab')\nx[0] = -1", "x = bytearray(b'ab')\nx[5] = 1", "x = bytearray(b'ab')\nx[:] = 5",
        "x = bytearray(b'ab')\nx[:] = 'ab'", "x = bytearray()\nx.insert(-2**63, 1)\nprint(x)", "x = bytearray(b'a')\nprint(x.pop(5))",
        "print(bytearray(b'ab') * -1, bytearray(b'') * 2**62)", "print(b'abc'.split(b''))", "print(b'a'.replace(b'', b'x' * 3, 2**63))",
        "print(b'abc'.center(2**40))", "print(bytes([256]))", "print(bytes([-1]))", "print(bytes('x'))", "print(bytes(Weird()))",
        "print(bytes.maketrans(b'a', b'bc'))", "print(b'abc'.translate(b'x'))", "print(b'abc'.translate(None, b'b'))",
        "print(b'%c' % 256)", "print(b'%x' % 1.5)", "print(b'%s' % memoryview(b'ab'))", "print(b'ab'.decode('nonexistent'))",
        "print('é'.encode('ascii'))", "print('\\udc80'.encode('utf-8', 'surrogateescape'))", "print(b'\\xff'.decode('utf-8', 'surrogateescape'))",
        "print(b'\\xff'.decode('utf-8', 'backslashreplace'), 'é'.encode('ascii', 'xmlcharrefreplace'))",
        "print(b'\\xff'.decode('utf-8', 'nonexistent_handler'))", "print('x'.encode('utf-8', 1))",
        "print(b'\\xff\\xfe\\x00'.decode('utf-16'))", "print(b'abc'.decode('utf-32'))", "print('é'.encode('latin-1').decode('cp1252'))",
        "print(b'x'.hex(''), b'xy'.hex(':', 0), b'xyz'.hex('ab'))", "print(bytes.fromhex('a b'))", "print(b'x'.hex(':', 2**63))",
        "print(str(b'x', 'utf-8', 'strict', 1))", "print(str(1, 'utf-8'))", "print(str(b'x', encoding=1))",
        "print('{0[0]}'.format([]))", "print('{0.x}'.format(1))", "print('{0[}'.format(1))", "print('{!}'.format(1))",
        "print('{:{:{}}}'.format(1, 2, 3))", "print('{0}{}'.format(1, 2))", "print('{}{0}'.format(1, 2))",
        "print('{a[1}'.format(a=1))", "print('{' * 1000)", "print(('{0:' * 30 + '}' * 30).format(1))",
        "print('{0:{0:{0}}}'.format(1))", "print(format(1, '\\U0010ffff>5'))", "print('%(a)s %s' % {'a': 1})",
        "print('%s %s' % {'a': 1})", "print('%c' % -1)", "print('%c' % 'ab')", "print('%.100000000f' % 1)",
        "print('%.*f' % (-1, 1.0))", "print('%*s' % (-2**31, 'x'))", "print('%d' % '1')", "print('%x' % 1.5)",
        "print('%e' % 10**400)", "print('%f' % 10**400)", "print('%g' % (1j,))", "print('%s' % ())", "print('' % ())",
        "print('' % 1)", "print('' % [])", "print('%s' % [])", "print('%(a)' % {'a': 1})",
        "print(str.maketrans(1))", "print(str.maketrans({'ab': 1}))", "print(str.maketrans('a', 'bc'))",
        "print('abc'.translate({97: 'x' * 100}))", "print('abc'.translate({97: 2**40}))", "print('abc'.translate({97: -1}))",
        "print('abc'.translate(Weird()))", "print('a'.center(5, ''))", "print('a'.center(5, 'ab'))", "print('abc'.zfill(-2**63))",
        "print('a\\tb'.expandtabs(-5))", "print('a\\tb'.expandtabs(2**62))", "print('abc'.split(''))", "print('abc'.rsplit(None, -2**63))",
        "print('abc'.count('', 2**63))", "print('abc'.find('', 2**63))", "print('abc'.find('', -2**63, 2**63))",
        "print('abc'.startswith(('a', 1)))", "print('abc'.startswith([]))", "print('abc'.replace('', '-', -1))",
        "print('ab'.replace('', 'x' * 10**6)[:3])", "print(('a' * 10**6).replace('a', 'bb' * 10**3)[:2])",
        "print('a'.join([1]))", "print(''.join(['a', b'b']))", "print(' '.join(Weird()))", "print('x'.join('abc' for _ in range(3)))",
        "print('Ǆ'.title(), 'ß'.upper(), 'İ'.lower(), 'ﬁ'.casefold())", "print('\\u0345'.upper())", "print('x'.isdecimal(1))",
        "print(chr(0xd800).encode('utf-8', 'replace'))", "print(repr(chr(0xdfff)))", "print(chr(0xd800) + chr(0xdc00) == '\\U00010000')",
        "print(len(chr(0xd800) * 3), (chr(0xd800) * 3)[1:2], chr(0xd800).isprintable())", "print(str(chr(0xd800) * 2).split(chr(0xd800)))",
        "print(ascii(chr(0xd800)), ord(chr(0xdbff)))", "print(chr(0xd800).upper(), chr(0xd800) < 'a')",
        "print(hash(chr(0xd800)), {chr(0xd800): 1})", "print(f'{chr(0xd800)}'.center(5, chr(0xdc00)))",
        "print(chr(0xd800) in 'abc', 'abc'.find(chr(0xd800)))", "print(str(chr(0xd800)).encode('utf-16', 'surrogatepass'))",
        "print(chr(0xd800))", "import sys\nsys.stdout.write(chr(0xd800))",
        "print(int(chr(0x0663)), float('١.٥'), int('𝟗'))", "print(int('١' * 5000))",
        "print(complex('nanj'), complex(float('inf'), 0) * 0)", "print(complex(1, 1) ** 2**70)", "print(complex(0, 0) ** (0.5j))",
        "print(abs(complex(1e308, 1e308)))", "print(complex(1, 2) // 1)", "print(complex(1, 2) % 1)", "print(divmod(1j, 1))",
        "print(hash(complex(float('nan'), 1)))", "print(round(1j))", "print(int(1j))", "print(complex('1' * 400 + 'j'))",
        "print(float('1' * 400), float('0.' + '0' * 400 + '1'))", "print(float('1e' + '9' * 30))", "print(float('1_0.5_0'))",
        "print(1e308 * 10 == float('inf'), -1e308 * 10)", "print((1e308).__trunc__() % 10)", "print(float.__floordiv__(1.0, 0.0))",
        "print(1.0 % float('inf'), -1.0 % float('inf'), float('inf') % 1)", "print(divmod(float('inf'), 1))", "print(float('nan') // 1)",
        "print(2.0 ** 0.5j, (-2.0) ** 0.5, (-2) ** 0.5)", "print(0.0 ** 0.0, 0 ** 0, 0j ** 0)", "print((-1.0) ** float('inf'))",
        "print(1e300 ** 2)", "print(10 ** 400 * 1e-400)", "print(float(2**1023 * 2 - 1))", "print((2**1024) / 3)",
        "print(2**1024 // 1.0)", "print((2**1024) % 1.5)", "print(divmod(2**1024, 1.5))", "print(2**1024 < float('inf'), 2**1024 == float('inf'))",
        "print(2**1024 > 1e308, hash(2**1024) == hash(float(2**1023)))", "print(int(1e308) == 1e308, 2**53 + 1 == float(2**53 + 1))",
        "print(round(2**1024 / 10**300, 2))", "print(round(10**400, -399))", "print(round(-5.5), round(0.5), round(-0.5))",
        "print(round(1e308, -308), round(1e-308, 308), round(123.456, -2**31))", "print(round(5, 2**63), round(5.5, 2**63))",
        "print(float('inf').is_integer(), (1e308).as_integer_ratio()[1])", "print(float('nan').as_integer_ratio())",
        "print((10**300 + 1) / 10**300)", "print(10**300 // 10**-300)", "print((-7) // 2**70, (-7) % 2**70, 7 % -2**70)",
        "print(-2**63 // -1, (-2**63) % -1, divmod(-2**63, -1), -2**63 * -1, abs(-2**63), -(-2**63))",
        "print(2**63 - 1 + 1, -2**63 - 1, (2**62) * 2, (2**62) * -2, (-2**63) * 1, (-2**63) // 1)",
        "print((2**64) >> 1, 1 << 63, 1 << 64, -1 << 63, -1 << 64, (-1) >> 100, 1 >> 100, (2**63) >> 2**70)",
        "print(~(-2**63), ~(2**63 - 1), -(2**63), +(-2**63))", "print(pow(-2**63, 2), pow(2, 63), pow(-2, 63), pow(2, 64, -2**63))",
        "print(pow(2, -1, -7), pow(-2**63, -1, 3), pow(2**63, 2**63, 2**63 - 1), pow(3, 2**70, -1))", "print(pow(7, -1, 1), pow(7, -2**63, 13))",
        "print((2**63 - 1) * (2**63 - 1), (-2**63) * (-2**63), (2**31) ** 2, (-2**31) ** 3)",
        "print(int('-9223372036854775808'), int('9223372036854775808'), int('-0x8000000000000000', 16))",
        "print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**64), hash(-2**63))",
        "print((255).to_bytes(1, 'big', signed=True))", "print((-129).to_bytes(1, 'big', signed=True))", "print((2**63).to_bytes(8, 'big'))",
        "print(int.from_bytes(b'\\x80' + b'\\x00' * 7, 'big', signed=True))", "print(int.from_bytes([256], 'big'))",
        "print(int.from_bytes(1, 'big'))", "print((0).bit_length(), (-2**63).bit_length(), (2**63).bit_length())",
        "print((-2**63).bit_count() if hasattr(int, 'bit_count') else 0)", "print((2**100).__index__(), (-5).__abs__(), True.__index__())",
        "print(int.__new__(bool, 1))", "print(bool.__new__(int))", "class I(int): pass\nprint(I(2**70) + I(-2**63), I(5) * 2)",
        "class F(float): pass\nprint(F('nan') == F('nan'), F(1) // 0)", "class S(str):\n    def __hash__(self): return 1/0\n{S('a'): 1}",
        "class S(str):\n    def __eq__(s, o): return 1/0\n    __hash__ = str.__hash__\nd = {'a': 1}\nprint(d[S('a')])",
        "class L(list):\n    def __iter__(self): return iter([9])\nprint(list(L([1, 2])), sorted(L([3])), [*L([1])])",
        "class L(list):\n    def __len__(self): return 100\nprint(len(L()), L() == [], bool(L()))",
        "class L(list):\n    def __getitem__(s, i): return 1/0\nprint(L([1])[0])", "class D(dict):\n    def __missing__(s, k): return s[k]\nD()[1]",
        "class D(dict):\n    def keys(self): return [1]\n    def __getitem__(s, k): return 1/0\nprint(dict(D({1: 2})), {**D({1: 2})})",
        "class D(dict):\n    def __iter__(self): return iter([5])\nprint(list(D({1: 2})), dict(D({1: 2})))",
        "class T(tuple):\n    def __len__(s): return -1\nprint(len(T()))", "class T(tuple): pass\nprint(T((1,)) + (2,), (1,) + T((2,)))",
        "class B(bytes):\n    def __index__(s): return 1\nprint(bytes(B(b'ab')), [1, 2][B(b'')])",
        "class M(type):\n    def __call__(cls, *a): return 1\nclass A(metaclass=M): pass\nprint(A())",
        "class M(type):\n    def __instancecheck__(cls, x): return 1/0\nclass A(metaclass=M): pass\nprint(isinstance(1, A))",
        "class M(type):\n    def __subclasscheck__(cls, x): return Weird()\nclass A(metaclass=M): pass\nprint(issubclass(int, A))",
        "class M(type):\n    def mro(cls): return [1]\nclass A(metaclass=M): pass",
        "class M(type):\n    def mro(cls): return ()\nclass A(metaclass=M): pass\nprint(A.__mro__)",
        "class M(type):\n    def __new__(m, *a): return 1\nclass A(metaclass=M): pass\nprint(A)",
        "class A:\n    def __init_subclass__(cls, **k): raise ValueError\nclass B(A): pass",
        "class A:\n    def __set_name__(s, o, n): 1/0\nclass B:\n    a = A()",
        "class A:\n    def __class_getitem__(cls, x): return cls[x]\nA[1]", "class A:\n    __class_getitem__ = 1\nA[1]",
        "class A:\n    def __mro_entries__(s, b): return (1,)\nclass B(A()): pass", "class B(1, 2): pass", "class B(int, int): pass",
        "class A: pass\nclass B(A): pass\nclass C(A, B): pass", "class A:\n    __slots__ = ('__dict__', '__dict__')",
        "class A:\n    __slots__ = ['a']\n    a = 1", "class A(int):\n    __slots__ = ('x',)", "class A:\n    __slots__ = ('1bad',)",
        "class A:\n    __dict__ = 1\nprint(A().__dict__)", "class A:\n    __getattr__ = 1\nA().x", "class A:\n    __getattribute__ = None\nA().x",
        "class A:\n    __eq__ = None\nprint(A() == A())", "class A:\n    __hash__ = 1\nhash(A())", "class A:\n    __iter__ = None\niter(A())",
        "class A:\n    __len__ = lambda s: s\nlen(A())", "class A:\n    __bool__ = lambda s: s\nbool(A())",
        "class A:\n    __index__ = lambda s: 2**100\nprint([1][A()])", "class A:\n    __index__ = lambda s: True\nprint([1, 2][A()], range(A()))",
        "class A:\n    def __index__(s): return -2**63\nprint('abc'[A():], 'x' * A(), bytes(A()) if False else 0)",
        "class A:\n    def __len__(s): return 2**63\nlen(A())", "class A:\n    def __len__(s): return 2**63 - 1\nprint(len(A()), bool(A()))",
        "class A:\n    def __length_hint__(s): return -1\nimport operator\noperator.length_hint(A())",
        "class A:\n    def __length_hint__(s): return 2**62\n    def __iter__(s): return iter([1])\nprint(list(A()))",
        "class A:\n    def __length_hint__(s): return 2**62\n    def __iter__(s): return s\n    def __next__(s): raise StopIteration\nprint(list(A()), tuple(A()), bytearray(A()))",
        "class A:\n    def __iter__(s): return s\n    def __next__(s): return 1/0\nprint(list(A()))",
        "class A:\n    def __iter__(s): return s\n    def __next__(s): raise StopIteration(5)\nprint(list(A()), [x for x in A()])",
        "class A:\n    def __getitem__(s, i):\n        if i > 3: raise IndexError\n        return i\nprint(list(A()), 2 in A(), list(reversed(A())) if hasattr(A, '__len__') else 0)",
        "class A:\n    def __getitem__(s, i): raise StopIteration\nprint(list(A()))",
        "class A:\n    def __getitem__(s, i): return i\n    def __len__(s): return 3\nprint(list(reversed(A())))",
        "class A:\n    def __reversed__(s): return None\nreversed(A())", "class A:\n    def __contains__(s, x): raise StopIteration\nprint(1 in A())",
        "class A:\n    def __format__(s, spec): return spec * 3\nprint(f'{A():{\"x\" * 5}}')",
        "class A:\n    def __str__(s): return S('x')\nclass S(str): pass\nprint(str(A()), type(str(A())))",
        "class A:\n    def __repr__(s): return '\\udc80'\nprint(A())", "class A:\n    def __repr__(s): return 'x' * 10**6\nprint(len(repr([A()])))",
        "class A:\n    def __getattr__(s, n): raise AttributeError(n)\nprint(getattr(A(), 'x', 5), hasattr(A(), '__len__'))",
        "class A:\n    def __getattr__(s, n): raise StopIteration\nA().x", "class A:\n    def __setattr__(s, n, v): raise ValueError\nA().x = 1",
        "class A:\n    def __delattr__(s, n): pass\na = A(); del a.x; del a.__class__", "class A: pass\ndel A().x",
        "class A: pass\nobject.__delattr__(A(), '__dict__')", "class A: pass\na = A(); a.__dict__ = 1",
        "class A: pass\na = A(); a.__dict__ = {1: 2}; print(dir(a)[:1])", "class A: pass\na = A(); a.__dict__ = {'x': 1}; print(a.x)",
        "class A: pass\nsetattr(A(), 1, 2)", "class A: pass\nsetattr(A(), 'x' * 100000, 2)", "class A: pass\ngetattr(A(), '\\udc80')",
        "class A:\n    def __eq__(s, o): return NotImplemented\n    __hash__ = object.__hash__\nprint(A() == A(), A() != A(), A() in [A()])",
        "class A:\n    def __lt__(s, o): return NotImplemented\nprint(A() < A())", "class A:\n    def __add__(s, o): return NotImplemented\nA() + A()",
        "class A:\n    def __iadd__(s, o): return NotImplemented\na = A(); a += 1", "class A:\n    def __radd__(s, o): return 5\nprint(1 + A(), [] + A(), 'a' + A())",
        "class A:\n    def __rmul__(s, o): return 5\nprint([1] * A(), 'x' * A(), 3 * A())", "class A:\n    def __mul__(s, o): return 5\nprint(A() * [1])",
        "class A(list):\n    def __radd__(s, o): return 'r'\nprint([1] + A())", "class A(int):\n    def __radd__(s, o): return 'r'\nprint(1 + A(2), 1.5 + A(2))",
        "class A(str):\n    def __rmod__(s, o): return 'r'\nprint('%s' % A('x'))", "class A:\n    def __pow__(s, o, m=None): return (o, m)\nprint(pow(A(), 2, 3), A() ** 2)",
        "class A:\n    def __rpow__(s, o): return 'r'\nprint(2 ** A(), pow(2, A(), 3) if False else 0)", "print(pow(2, 3, A) if False else pow(2.0, 3, 5))",
        "class A:\n    def __neg__(s): return s\n    def __invert__(s): 1/0\nprint(-A() is not None); ~A()",
        "class A:\n    def __matmul__(s, o): return 1\nx = A()\nx @= 3\nprint(x)", "print([1] @ [2])",
        "class A:\n    def __divmod__(s, o): return 1\nprint(divmod(A(), 1))", "class A:\n    def __round__(s, n=None): return n\nprint(round(A()), round(A(), 5))",
        "class A:\n    def __trunc__(s): return 'x'\nint(A())", "class A:\n    def __trunc__(s): return 3\nprint(int(A()))", "class A:\n    def __int__(s): return True\nprint(int(A()))",
        "class A:\n    def __float__(s): return 1\nfloat(A())", "class A:\n    def __complex__(s): return 1\ncomplex(A())", "class A:\n    def __abs__(s): return None\nprint(abs(A()))",
        "class A:\n    def __bytes__(s): return 'x'\nbytes(A())", "class A:\n    def __bytes__(s): return b'ok'\nprint(bytes(A()), bytearray(A()) if False else 0)",
        "class A:\n    def __fspath__(s): return 1\nimport os\nos.fspath(A())", "class A:\n    def __enter__(s): return s\n    def __exit__(s, *a): return 1\nwith A(): raise SystemExit\nprint('swallowed')",
        "class A:\n    def __await__(s): return 1\nasync def f(): await A()\nf().send(None)", "class A:\n    def __await__(s): yield 1; return 2\nasync def f(): return await A()\nc = f(); print(c.send(None))\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)",
        "class A:\n    def __aiter__(s): return 1\nasync def f():\n    async for x in A(): pass\nf().send(None)",
        "class A:\n    def __get__(s, o, t): return s\n    def __set__(s, o, v): raise AttributeError\nclass B:\n    a = A()\nB().a = 1",
        "class A:\n    def __get__(s, o, t=None): return o.a\nclass B:\n    a = A()\nB().a",
        "class A:\n    def __set_name__(s, *a): pass\n    def __get__(*a): return a[5]\nclass B:\n    a = A()\nB.a",
        "class A:\n    def __call__(s): return 1\n    __call__ = __call__.__get__\nA()()", "class A:\n    def __new__(cls, *a, **k): return object.__new__(cls, 1)\nA(1)",
        "class A:\n    def __init__(s, *a): object.__init__(s, 1)\nA()", "class A: pass\nA(1)",
        "class A:\n    def __del__(s): print('del', s.__class__.__name__)\na = A()\na = 1\nprint('after')",
        "class A:\n    def __del__(s): global k\n        k = s\na = A(); del a; print(k is not None)" if False else "class A:\n    def __del__(s):\n        global keep\n        keep = s\na = A(); del a; print(keep is not None); del keep",
        "class A:\n    def __del__(s): 1/0\na = A(); del a; print('after')", "class A:\n    def __del__(s): raise SystemExit\na = A(); del a; print('after')",
        "class A:\n    def __del__(s): A()\nA()\nprint('after')", "class A:\n    def __del__(s): s.l.append(A())\n    l = []\nA(); print(len(A.l))",
        "import gc\ngc.collect()\nprint(gc.isenabled())", "print(__name__, __file__[-3:], __doc__, __spec__ is None, __loader__ is not None)",
        "import __main__\nprint(__main__.__dict__ is globals())", "print(__builtins__.__dict__['len'] if hasattr(__builtins__, '__dict__') else __builtins__['len'])",
        "print(help)" if False else "print(repr(quit)[:4])", "print(open(1, 'z'))", "print(open('\\x00'))", "open('/nonexistent/x')",
        "print(open(__file__).read(10))", "print(input)" if False else "print(len(open(__file__, 'rb').read()) > 0)",
        "print(breakpoint)" if False else "print(hash(print))", "print(memoryview(1))", "print(memoryview(bytearray(3)).cast('i'))",
        "m = memoryview(bytearray(8)).cast('i')\nm[0] = 2**40", "m = memoryview(bytearray(8)).cast('d')\nm[0] = 'x'",
        "m = memoryview(bytearray(8))\nprint(m.cast('B', shape=[2, 4]).tolist())", "m = memoryview(bytearray(8))\nprint(m.cast('B', shape=[2, 5]))",
        "m = memoryview(bytearray(8))\nprint(m.cast('B', shape=[0, 2**62]))", "m = memoryview(bytearray(8))\nprint(m.cast('B', shape=[-1, -8]))",
        "m = memoryview(bytearray(8)).cast('B', shape=[2, 4])\nprint(m[1, 2], m[1])", "m = memoryview(bytearray(8)).cast('B', shape=[2, 4])\nprint(m[5, 5])",
        "m = memoryview(bytearray(8)).cast('B', shape=[2, 4])\nprint(m[::2])", "m = memoryview(bytearray(8)).cast('B', shape=[2, 4])\nprint(m.tobytes(), len(m), m == m)",
        "m = memoryview(b'abc')\nm.release()\nprint(m)", "m = memoryview(b'abc')\nm.release()\nm[0]", "m = memoryview(b'abc')\nwith m: pass\nprint(m.obj)",
        "m = memoryview(b'abcd')[::2]\nprint(m.tobytes(), m.contiguous, m.cast('B'))", "m = memoryview(b'abcd')\nprint(m[::-1][::-1].tobytes(), m[2**62:])",
        "m = memoryview(bytearray(b'abcd'))\nm[::2] = b'xy'\nm[::-1] = b'1234'\nprint(m.obj)", "m = memoryview(bytearray(b'ab'))\nm[:] = b'xyz'",
        "m = memoryview(b'ab')\nprint(hash(m), m.hex(), m.tolist(), list(m), bytes(m), m.nbytes)", "m = memoryview(bytearray(b'ab'))\nhash(m)",
        "m = memoryview(b'abcdefgh').cast('q')\nprint(m[0], m.tolist(), m.format, m.itemsize, m.nbytes)",
        "m = memoryview(b'abcdefgh').cast('e')", "m = memoryview(b'abcdefgh').cast('?')\nprint(m.tolist())",
        "m = memoryview(b'abcdefgh').cast('c')\nprint(m[0], m.cast('b').tolist()[:2])", "m = memoryview(b'abcdefg').cast('i')",
        "m = memoryview(b'abcdefgh').cast('i').cast('h')", "m = memoryview(b'x').cast('@B').cast('<B')",
    ]
    return rng.choice(ops)


GENERATORS = [(s_binop, 4), (s_augassign, 2), (s_hugeint, 3), (s_slice, 3), (s_selfref, 2),
              (s_dunder, 4), (s_recursion, 1), (s_generator, 2), (s_mutate_iter, 2), (s_sort, 2),
              (s_nesting, 1), (s_strmeth, 3), (s_format, 2), (s_misc, 8)]


def snippet(rng):
    total = sum(w for _, w in GENERATORS)
    r = rng.uniform(0, total)
    for g, w in GENERATORS:
        r -= w
        if r <= 0:
            return g(rng)
    return GENERATORS[0][0](rng)


def wrap(code):
    body = "    " + code.replace("\n", "\n    ")
    return f"try:\n{body}\nexcept BaseException as e:\n    show(e)\n"


def program(snippets):
    return PRELUDE + "".join(wrap(s) for s in snippets)


def run(pyco, path, timeout):
    """Returns a description of the crash, or None when the run ended normally."""
    try:
        p = subprocess.run([pyco, "run", os.path.basename(path)], cwd=os.path.dirname(path),
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    err = p.stderr.decode("utf-8", "replace")
    for marker in ("panicked at", "memory allocation of", "overflowed its stack", "internal error"):
        if marker in err:
            line = next(l for l in err.splitlines() if marker in l)
            return f"{marker}: {line.strip()[:200]}"
    if p.returncode not in (0, 1):
        return f"exit {p.returncode}: {err.strip()[-200:]}"
    return None


def minimise(pyco, keep, snippets, timeout, rng):
    """Finds a single snippet that still crashes on its own, if there is one."""
    path = os.path.join(keep, "min.py")
    for s in snippets:
        with open(path, "w") as f:
            f.write(program([s]))
        why = run(pyco, path, timeout)
        if why:
            return s, why
    return None, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyco", default=os.path.join(ROOT, "target/release/pyco"))
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--keep", default="/tmp/pyco-fuzz-run")
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--snippets", type=int, default=25)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    os.makedirs(args.keep, exist_ok=True)
    print(f"seed {seed}", flush=True)
    deadline = time.time() + args.seconds
    runs = findings = 0
    seen = set()
    while time.time() < deadline:
        snippets = [snippet(rng) for _ in range(args.snippets)]
        path = os.path.join(args.keep, "cur.py")
        with open(path, "w") as f:
            f.write(program(snippets))
        runs += 1
        why = run(args.pyco, path, args.timeout)
        if not why:
            continue
        one, one_why = minimise(args.pyco, args.keep, snippets, args.timeout, rng)
        # Thread ids and sizes vary between runs of the same bug.
        key = re.sub(r"\d+", "N", one_why or why)[:80]
        if key in seen:
            continue
        seen.add(key)
        findings += 1
        name = os.path.join(args.keep, f"finding_{findings:03d}.py")
        with open(name, "w") as f:
            f.write(program([one] if one else snippets))
        print(f"FINDING {name}: {one_why or why}", flush=True)
        if one:
            print("    " + one.replace("\n", "\n    "), flush=True)
    print(f"{runs} programs, {findings} distinct findings", flush=True)


if __name__ == "__main__":
    main()
