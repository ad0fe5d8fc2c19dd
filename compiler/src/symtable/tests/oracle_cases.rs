//! Expected tables and errors, as printed by CPython 3.10.2's `symtable` module and
//! `compile()` for each source (generated with the oracle; see `dump` in tests/mod.rs).

pub(super) const CASES: &[(&str, &str, &str)] = &[
    (
        "basic",
        r##"x = 1
def f(a, b=x, *args, c, d=2, **kw):
    y = a + b
    return y, z
print(f)
"##,
        r##"top module line=0 nested=0 varnames=[]
  x 18 Local
  f 18 Local
  print 16 GlobalImplicit
    f function line=2 nested=0 varnames=['a', 'b', 'c', 'd', 'args', 'kw']
      a 20 Local
      b 20 Local
      c 4 Local
      d 4 Local
      args 4 Local
      kw 4 Local
      y 18 Local
      z 16 GlobalImplicit"##,
    ),
    (
        "posonly",
        r##"def f(a, b, /, c, *, d, **e):
    pass
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['a', 'b', 'c', 'd', 'e']
      a 4 Local
      b 4 Local
      c 4 Local
      d 4 Local
      e 4 Local"##,
    ),
    (
        "closure",
        r##"def outer():
    x = 1
    def inner():
        return x
    return inner
"##,
        r##"top module line=0 nested=0 varnames=[]
  outer 2 Local
    outer function line=1 nested=0 varnames=[]
      x 2 Cell
      inner 18 Local
        inner function line=3 nested=1 varnames=[]
          x 16 Free"##,
    ),
    (
        "nonlocal",
        r##"def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    return inner
"##,
        r##"top module line=0 nested=0 varnames=[]
  outer 2 Local
    outer function line=1 nested=0 varnames=[]
      x 2 Cell
      inner 18 Local
        inner function line=3 nested=1 varnames=[]
          x 10 Free"##,
    ),
    (
        "global_in_func",
        r##"def f():
    global g
    g = 1
    h = 2
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
  g 1 GlobalExplicit
    f function line=1 nested=0 varnames=[]
      g 3 GlobalExplicit
      h 2 Local"##,
    ),
    (
        "class_basic",
        r##"class C(Base, metaclass=M):
    x = 1
    def m(self):
        return x
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
  Base 16 GlobalImplicit
  M 16 GlobalImplicit
    C class line=1 nested=0 varnames=[]
      x 2 Local
      m 2 Local
        m function line=3 nested=0 varnames=['self']
          self 4 Local
          x 16 GlobalImplicit"##,
    ),
    (
        "class_super",
        r##"class C:
    def m(self):
        super().m()
    def n(self):
        return __class__
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
    C class line=1 nested=0 varnames=[]
      m 2 Local
      n 2 Local
        m function line=2 nested=0 varnames=['self']
          self 4 Local
          super 16 GlobalImplicit
          __class__ 16 Free
        n function line=4 nested=0 varnames=['self']
          self 4 Local
          __class__ 16 Free"##,
    ),
    (
        "class_free_class",
        r##"def f():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
    return C
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      x 2 Cell
      C 18 Local
        C class line=3 nested=1 varnames=[]
          x 66 Local
          m 2 Local
            m function line=5 nested=1 varnames=['self']
              self 4 Local
              x 16 Free"##,
    ),
    (
        "class_passthrough",
        r##"def f():
    y = 1
    class C:
        def m(self):
            return y
    return C
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      y 2 Cell
      C 18 Local
        C class line=3 nested=1 varnames=[]
          m 2 Local
          y 0 Free
            m function line=4 nested=1 varnames=['self']
              self 4 Local
              y 16 Free"##,
    ),
    (
        "mangle",
        r##"class _Foo:
    __a = 1
    __b__ = 2
    def __m(self, __p):
        self.__x = __p
        import __mod.sub
        import __other
        return __a
"##,
        r##"top module line=0 nested=0 varnames=[]
  _Foo 2 Local
    _Foo class line=1 nested=0 varnames=[]
      _Foo__a 2 Local
      __b__ 2 Local
      _Foo__m 2 Local
        __m function line=4 nested=0 varnames=['self', '_Foo__p']
          self 20 Local
          _Foo__p 20 Local
          _Foo__mod 128 Local
          _Foo__other 128 Local
          _Foo__a 16 GlobalImplicit"##,
    ),
    (
        "mangle_underscores",
        r##"class ___:
    __a = 1
"##,
        r##"top module line=0 nested=0 varnames=[]
  ___ 2 Local
    ___ class line=1 nested=0 varnames=[]
      __a 2 Local"##,
    ),
    (
        "nested_class_mangle",
        r##"class A:
    class __B:
        __c = 1
    def f(self):
        class C:
            __d = 2
        return __e
"##,
        r##"top module line=0 nested=0 varnames=[]
  A 2 Local
    A class line=1 nested=0 varnames=[]
      _A__B 2 Local
      f 2 Local
        __B class line=2 nested=0 varnames=[]
          _B__c 2 Local
        f function line=4 nested=0 varnames=['self']
          self 4 Local
          C 2 Local
          _A__e 16 GlobalImplicit
            C class line=5 nested=1 varnames=[]
              _C__d 2 Local"##,
    ),
    (
        "listcomp",
        r##"def f(xs):
    return [x * y for x in xs for y in range(x) if x]
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['xs']
      xs 20 Local
        listcomp function line=2 nested=1 varnames=['.0']
          .0 4 Local
          x 530 Local
          y 530 Local
          range 16 GlobalImplicit"##,
    ),
    (
        "genexp_outer",
        r##"def f(xs):
    return (x for x in xs)
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['xs']
      xs 20 Local
        genexpr function line=2 nested=1 varnames=['.0']
          .0 4 Local
          x 530 Local"##,
    ),
    (
        "dictcomp_order",
        r##"def f(xs):
    return {k: v for k, v in xs}
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['xs']
      xs 20 Local
        dictcomp function line=2 nested=1 varnames=['.0']
          .0 4 Local
          k 530 Local
          v 530 Local"##,
    ),
    (
        "setcomp_nested",
        r##"def f(m):
    return {x for row in m for x in [y for y in row]}
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['m']
      m 20 Local
        setcomp function line=2 nested=1 varnames=['.0']
          .0 4 Local
          row 530 Local
          x 530 Local
            listcomp function line=2 nested=1 varnames=['.0']
              .0 4 Local
              y 530 Local"##,
    ),
    (
        "walrus_comp_func",
        r##"def f(xs):
    ys = [(last := x) for x in xs]
    return last
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['xs']
      xs 20 Local
      ys 2 Local
      last 18 Cell
        listcomp function line=2 nested=1 varnames=['.0']
          .0 4 Local
          x 530 Local
          last 10 Free"##,
    ),
    (
        "walrus_comp_module",
        r##"ys = [(last := x) for x in range(3)]
"##,
        r##"top module line=0 nested=0 varnames=[]
  ys 2 Local
  range 16 GlobalImplicit
  last 1 GlobalExplicit
    listcomp function line=1 nested=0 varnames=['.0']
      .0 4 Local
      x 530 Local
      last 3 GlobalExplicit"##,
    ),
    (
        "walrus_nested_comp",
        r##"def f(m):
    return [[(z := y) for y in row] for row in m]
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['m']
      m 20 Local
      z 2 Cell
        listcomp function line=2 nested=1 varnames=['.0']
          .0 4 Local
          row 530 Local
          z 0 Free
            listcomp function line=2 nested=1 varnames=['.0']
              .0 4 Local
              y 530 Local
              z 10 Free"##,
    ),
    (
        "walrus_global_in_func",
        r##"def f(xs):
    global last
    [(last := x) for x in xs]
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
  last 1 GlobalExplicit
    f function line=1 nested=0 varnames=['xs']
      xs 20 Local
      last 3 GlobalExplicit
        listcomp function line=3 nested=1 varnames=['.0']
          .0 4 Local
          x 530 Local
          last 3 GlobalExplicit"##,
    ),
    (
        "walrus_plain",
        r##"def f():
    if (n := 10) > 5:
        return n
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      n 18 Local"##,
    ),
    (
        "lambda",
        r##"f = lambda a, *b, c=1, **d: a + b + c + d + e
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    lambda function line=1 nested=0 varnames=['a', 'c', 'b', 'd']
      a 20 Local
      c 20 Local
      b 20 Local
      d 20 Local
      e 16 GlobalImplicit"##,
    ),
    (
        "lambda_closure",
        r##"def f(x):
    return lambda y: x + y
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['x']
      x 4 Cell
        lambda function line=2 nested=1 varnames=['y']
          y 20 Local
          x 16 Free"##,
    ),
    (
        "gen",
        r##"def g():
    yield 1
    x = yield from h()
"##,
        r##"top module line=0 nested=0 varnames=[]
  g 2 Local
    g function line=1 nested=0 varnames=[]
      x 2 Local
      h 16 GlobalImplicit"##,
    ),
    (
        "async",
        r##"async def f(a):
    await a
    async for x in a:
        pass
    async with a as b:
        pass
    return [y async for y in a]
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['a']
      a 20 Local
      x 2 Local
      b 2 Local
        listcomp function line=7 nested=1 varnames=['.0']
          .0 4 Local
          y 530 Local"##,
    ),
    (
        "decorators",
        r##"@dec(a)
@dec2
def f(x: int = d1, *, y: str = d2) -> R:
    pass
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
  d1 16 GlobalImplicit
  d2 16 GlobalImplicit
  int 16 GlobalImplicit
  str 16 GlobalImplicit
  R 16 GlobalImplicit
  dec 16 GlobalImplicit
  a 16 GlobalImplicit
  dec2 16 GlobalImplicit
    f function line=3 nested=0 varnames=['x', 'y']
      x 4 Local
      y 4 Local"##,
    ),
    (
        "class_decorators",
        r##"@dec
class C(B):
    a: int
    b: str = 'x'
    (c): int = 1
    d.e: int = 2
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
  B 16 GlobalImplicit
  dec 16 GlobalImplicit
    C class line=2 nested=0 varnames=[]
      a 258 Local
      int 16 GlobalImplicit
      b 258 Local
      str 16 GlobalImplicit
      c 2 Local
      d 16 GlobalImplicit"##,
    ),
    (
        "annassign_func",
        r##"def f():
    x: int
    y: int = 1
    z.w: int = 3
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      x 258 Local
      int 16 GlobalImplicit
      y 258 Local
      z 16 GlobalImplicit"##,
    ),
    (
        "try_except",
        r##"try:
    pass
except E as e:
    f(e)
else:
    g()
finally:
    h()
"##,
        r##"top module line=0 nested=0 varnames=[]
  g 16 GlobalImplicit
  E 16 GlobalImplicit
  e 18 Local
  f 16 GlobalImplicit
  h 16 GlobalImplicit"##,
    ),
    (
        "import_forms",
        r##"import os, os.path as osp, a.b.c
from x import y, z as w
from . import rel
"##,
        r##"top module line=0 nested=0 varnames=[]
  os 128 Local
  osp 128 Local
  a 128 Local
  y 128 Local
  w 128 Local
  rel 128 Local"##,
    ),
    (
        "import_star",
        r##"from os import *
"##,
        r##"top module line=0 nested=0 varnames=[]"##,
    ),
    (
        "match",
        r##"match p:
    case [1, *rest]:
        pass
    case {'k': v, **kw}:
        pass
    case Point(x=0, y=yy) as pt:
        pass
    case (1 | 2) if q:
        pass
    case _:
        pass
"##,
        r##"top module line=0 nested=0 varnames=[]
  p 16 GlobalImplicit
  rest 2 Local
  v 2 Local
  kw 2 Local
  Point 16 GlobalImplicit
  yy 2 Local
  pt 2 Local
  q 16 GlobalImplicit"##,
    ),
    (
        "with_del",
        r##"def f():
    with open(p) as (a, b), q:
        del a
    del b[0], c.d
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      open 16 GlobalImplicit
      p 16 GlobalImplicit
      a 2 Local
      b 18 Local
      q 16 GlobalImplicit
      c 16 GlobalImplicit"##,
    ),
    (
        "fstring",
        r##"def f(x):
    return f'{x!r:{width}} {y}'
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['x']
      x 20 Local
      width 16 GlobalImplicit
      y 16 GlobalImplicit"##,
    ),
    (
        "super_in_lambda",
        r##"class C:
    f = lambda self: super()
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
    C class line=1 nested=0 varnames=[]
      f 2 Local
        lambda function line=2 nested=0 varnames=['self']
          self 4 Local
          super 16 GlobalImplicit
          __class__ 16 Free"##,
    ),
    (
        "super_in_comp",
        r##"class C:
    def m(self):
        return [super() for _ in range(1)]
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
    C class line=1 nested=0 varnames=[]
      m 2 Local
        m function line=2 nested=0 varnames=['self']
          self 4 Local
          range 16 GlobalImplicit
          __class__ 0 Free
            listcomp function line=3 nested=1 varnames=['.0']
              .0 4 Local
              _ 514 Local
              super 16 GlobalImplicit
              __class__ 16 Free"##,
    ),
    (
        "deep_free",
        r##"def a():
    x = 1
    def b():
        def c():
            return x
        return c
    return b
"##,
        r##"top module line=0 nested=0 varnames=[]
  a 2 Local
    a function line=1 nested=0 varnames=[]
      x 2 Cell
      b 18 Local
        b function line=3 nested=1 varnames=[]
          c 18 Local
          x 0 Free
            c function line=4 nested=1 varnames=[]
              x 16 Free"##,
    ),
    (
        "global_nested",
        r##"x = 0
def f():
    global x
    def g():
        return x
    return g
"##,
        r##"top module line=0 nested=0 varnames=[]
  x 3 GlobalExplicit
  f 2 Local
    f function line=2 nested=0 varnames=[]
      x 1 GlobalExplicit
      g 18 Local
        g function line=4 nested=1 varnames=[]
          x 16 GlobalImplicit"##,
    ),
    (
        "global_shadow",
        r##"def f():
    global x
    def g():
        x = 1
        def h():
            return x
        return h
    return g
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
  x 1 GlobalExplicit
    f function line=1 nested=0 varnames=[]
      x 1 GlobalExplicit
      g 18 Local
        g function line=3 nested=1 varnames=[]
          x 2 Cell
          h 18 Local
            h function line=5 nested=1 varnames=[]
              x 16 Free"##,
    ),
    (
        "class_global",
        r##"class C:
    global y
    y = 1
    def m(self):
        return y
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
  y 1 GlobalExplicit
    C class line=1 nested=0 varnames=[]
      y 3 GlobalExplicit
      m 2 Local
        m function line=4 nested=0 varnames=['self']
          self 4 Local
          y 16 GlobalImplicit"##,
    ),
    (
        "class_method_cell",
        r##"class C:
    def m(self):
        x = 1
        def n():
            return x, __class__
        return n
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
    C class line=1 nested=0 varnames=[]
      m 2 Local
        m function line=2 nested=0 varnames=['self']
          self 4 Local
          x 2 Cell
          n 18 Local
          __class__ 0 Free
            n function line=4 nested=1 varnames=[]
              x 16 Free
              __class__ 16 Free"##,
    ),
    (
        "comp_in_class",
        r##"class C:
    xs = [1]
    ys = [x for x in xs]
    zs = [x for x in range(3) if x in xs]
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
    C class line=1 nested=0 varnames=[]
      xs 18 Local
      ys 2 Local
      zs 2 Local
      range 16 GlobalImplicit
        listcomp function line=3 nested=0 varnames=['.0']
          .0 4 Local
          x 530 Local
        listcomp function line=4 nested=0 varnames=['.0']
          .0 4 Local
          x 530 Local
          xs 16 GlobalImplicit"##,
    ),
    (
        "comp_cell",
        r##"def f():
    x = 1
    return [lambda: x + i for i in range(3)]
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      x 2 Cell
      range 16 GlobalImplicit
        listcomp function line=3 nested=1 varnames=['.0']
          .0 4 Local
          i 514 Cell
          x 0 Free
            lambda function line=3 nested=1 varnames=[]
              x 16 Free
              i 16 Free"##,
    ),
    (
        "annot_future",
        r##"from __future__ import annotations
def f(a: A, *b: B, c: C, **d: D) -> R:
    x: X = 1
class K:
    y: Y
"##,
        r##"top module line=0 nested=0 varnames=[]
  annotations 128 Local
  f 2 Local
  K 2 Local
    f function line=2 nested=0 varnames=['a', 'c', 'b', 'd']
      a 4 Local
      c 4 Local
      b 4 Local
      d 4 Local
      x 258 Local
    K class line=4 nested=0 varnames=[]
      y 258 Local"##,
    ),
    (
        "annot_nofuture",
        r##"def f(a: A, *b: B, c: C, **d: D) -> R:
    x: X = 1
class K:
    y: Y
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
  A 16 GlobalImplicit
  B 16 GlobalImplicit
  D 16 GlobalImplicit
  C 16 GlobalImplicit
  R 16 GlobalImplicit
  K 2 Local
    f function line=1 nested=0 varnames=['a', 'c', 'b', 'd']
      a 4 Local
      c 4 Local
      b 4 Local
      d 4 Local
      x 258 Local
      X 16 GlobalImplicit
    K class line=3 nested=0 varnames=[]
      y 258 Local
      Y 16 GlobalImplicit"##,
    ),
    (
        "yield_in_annot",
        r##"def f():
    x: (yield) = 1
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      x 258 Local"##,
    ),
    (
        "genexp_in_call",
        r##"def f(a):
    return sum(x for x in a)
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['a']
      a 20 Local
      sum 16 GlobalImplicit
        genexpr function line=2 nested=1 varnames=['.0']
          .0 4 Local
          x 530 Local"##,
    ),
    (
        "genexp_await",
        r##"async def f(a):
    return [await x for x in a]
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['a']
      a 20 Local
        listcomp function line=2 nested=1 varnames=['.0']
          .0 4 Local
          x 530 Local"##,
    ),
    (
        "comprehension_shadow",
        r##"def f(x):
    return [x for x in x]
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['x']
      x 20 Local
        listcomp function line=2 nested=1 varnames=['.0']
          .0 4 Local
          x 530 Local"##,
    ),
    (
        "nested_funcs_same_name",
        r##"def f():
    def f():
        pass
    return f
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      f 18 Local
        f function line=2 nested=1 varnames=[]"##,
    ),
    (
        "lambda_default",
        r##"def f(a):
    return lambda b=a: b
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['a']
      a 20 Local
        lambda function line=2 nested=1 varnames=['b']
          b 20 Local"##,
    ),
    (
        "class_kw",
        r##"def f():
    m = 1
    class C(metaclass=m):
        pass
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      m 18 Local
      C 2 Local
        C class line=3 nested=1 varnames=[]"##,
    ),
    (
        "nonlocal_chain",
        r##"def a():
    x = 1
    def b():
        nonlocal x
        def c():
            nonlocal x
            x += 1
        return c
    return b
"##,
        r##"top module line=0 nested=0 varnames=[]
  a 2 Local
    a function line=1 nested=0 varnames=[]
      x 2 Cell
      b 18 Local
        b function line=3 nested=1 varnames=[]
          x 8 Free
          c 18 Local
            c function line=5 nested=1 varnames=[]
              x 10 Free"##,
    ),
    (
        "global_then_use_module",
        r##"global q
q = 1
"##,
        r##"top module line=0 nested=0 varnames=[]
  q 3 GlobalExplicit"##,
    ),
    (
        "eval_like",
        r##"(lambda: (yield))
"##,
        r##"top module line=0 nested=0 varnames=[]
    lambda function line=1 nested=0 varnames=[]"##,
    ),
    (
        "walrus_in_lambda_in_comp",
        r##"def f(xs):
    return [lambda: (y := x) for x in xs]
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['xs']
      xs 20 Local
        listcomp function line=2 nested=1 varnames=['.0']
          .0 4 Local
          x 514 Cell
            lambda function line=2 nested=1 varnames=[]
              x 16 Free
              y 2 Local"##,
    ),
    (
        "dict_keys_first",
        r##"def f():
    return {a: b, c: d, **e}
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      a 16 GlobalImplicit
      c 16 GlobalImplicit
      b 16 GlobalImplicit
      d 16 GlobalImplicit
      e 16 GlobalImplicit"##,
    ),
    (
        "starred_assign",
        r##"a, *b, (c, d) = x
[e, f] = y
"##,
        r##"top module line=0 nested=0 varnames=[]
  a 2 Local
  b 2 Local
  c 2 Local
  d 2 Local
  x 16 GlobalImplicit
  e 2 Local
  f 2 Local
  y 16 GlobalImplicit"##,
    ),
    (
        "aug_assign",
        r##"def f():
    x += 1
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      x 2 Local"##,
    ),
    (
        "slices",
        r##"a[b:c:d] = e[f:]
"##,
        r##"top module line=0 nested=0 varnames=[]
  a 16 GlobalImplicit
  b 16 GlobalImplicit
  c 16 GlobalImplicit
  d 16 GlobalImplicit
  e 16 GlobalImplicit
  f 16 GlobalImplicit"##,
    ),
    (
        "raise_assert",
        r##"def f():
    raise A from B
    assert C, D
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      A 16 GlobalImplicit
      B 16 GlobalImplicit
      C 16 GlobalImplicit
      D 16 GlobalImplicit"##,
    ),
    (
        "while_if",
        r##"while a:
    if b:
        c = 1
    elif d:
        pass
    else:
        e = 2
else:
    f = 3
"##,
        r##"top module line=0 nested=0 varnames=[]
  a 16 GlobalImplicit
  b 16 GlobalImplicit
  c 2 Local
  d 16 GlobalImplicit
  e 2 Local
  f 2 Local"##,
    ),
    (
        "comp_iter_free",
        r##"def f():
    y = 1
    return [x for x in y]
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      y 18 Local
        listcomp function line=3 nested=1 varnames=['.0']
          .0 4 Local
          x 530 Local"##,
    ),
    (
        "class_comp_free",
        r##"def f():
    y = 1
    class C:
        z = [y for _ in range(2)]
    return C
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      y 2 Cell
      C 18 Local
        C class line=3 nested=1 varnames=[]
          z 2 Local
          range 16 GlobalImplicit
          y 0 Free
            listcomp function line=4 nested=1 varnames=['.0']
              .0 4 Local
              _ 514 Local
              y 16 Free"##,
    ),
    (
        "nested_comprehension_generators",
        r##"g = ((a, b) for a in A if a for b in B(a) if b)
"##,
        r##"top module line=0 nested=0 varnames=[]
  g 2 Local
  A 16 GlobalImplicit
    genexpr function line=1 nested=0 varnames=['.0']
      .0 4 Local
      a 530 Local
      b 530 Local
      B 16 GlobalImplicit"##,
    ),
    (
        "async_comp_in_genexp",
        r##"async def f(a):
    return (x async for x in a)
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['a']
      a 20 Local
        genexpr function line=2 nested=1 varnames=['.0']
          .0 4 Local
          x 530 Local"##,
    ),
    (
        "docstring_future",
        r##"'''doc'''
from __future__ import annotations
x: y
"##,
        r##"top module line=0 nested=0 varnames=[]
  annotations 128 Local
  x 258 Local"##,
    ),
    (
        "genexp_bare_multiline",
        r##"def f(a):
    return sum(
        x for x in a)
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['a']
      a 20 Local
      sum 16 GlobalImplicit
        genexpr function line=2 nested=1 varnames=['.0']
          .0 4 Local
          x 530 Local"##,
    ),
    (
        "genexp_bare_comment",
        r##"t = tuple  (  # c (
  x for x in a)
"##,
        r##"top module line=0 nested=0 varnames=[]
  t 2 Local
  tuple 16 GlobalImplicit
  a 16 GlobalImplicit
    genexpr function line=1 nested=0 varnames=['.0']
      .0 4 Local
      x 530 Local"##,
    ),
    (
        "module_annot_global",
        r##"x: int
global x
"##,
        r##"ERR annotated name 'x' can't be global | 2 1 2 9 | 'global x\n'"##,
    ),
    (
        "global_then_annot_module",
        r##"global x
x: int = 1
"##,
        r##"top module line=0 nested=0 varnames=[]
  x 259 GlobalExplicit
  int 16 GlobalImplicit"##,
    ),
    (
        "class_private_global",
        r##"class C:
    def f(self):
        global __x
        __x = 1
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
  _C__x 1 GlobalExplicit
    C class line=1 nested=0 varnames=[]
      f 2 Local
        f function line=2 nested=0 varnames=['self']
          self 4 Local
          _C__x 3 GlobalExplicit"##,
    ),
    (
        "super_nested_in_method",
        r##"class C:
    def m(self):
        def g():
            return super()
        return g
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
    C class line=1 nested=0 varnames=[]
      m 2 Local
        m function line=2 nested=0 varnames=['self']
          self 4 Local
          g 18 Local
          __class__ 0 Free
            g function line=3 nested=1 varnames=[]
              super 16 GlobalImplicit
              __class__ 16 Free"##,
    ),
    (
        "walrus_in_default",
        r##"def f(a=[(y := 1) for _ in 'a']): pass
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
  y 1 GlobalExplicit
    listcomp function line=1 nested=0 varnames=['.0']
      .0 4 Local
      _ 514 Local
      y 3 GlobalExplicit
    f function line=1 nested=0 varnames=['a']
      a 4 Local"##,
    ),
    (
        "class_default_ref",
        r##"class C:
    x = 1
    def f(self, a=x): pass
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
    C class line=1 nested=0 varnames=[]
      x 18 Local
      f 2 Local
        f function line=3 nested=0 varnames=['self', 'a']
          self 4 Local
          a 4 Local"##,
    ),
    (
        "del_local",
        r##"def f():
    del x
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      x 2 Local"##,
    ),
    (
        "future_walrus_comp",
        r##"from __future__ import annotations
x: [(y := 1) for z in w]
"##,
        r##"top module line=0 nested=0 varnames=[]
  annotations 128 Local
  x 258 Local
  y 1 GlobalExplicit"##,
    ),
    (
        "match_in_func",
        r##"def f(p):
    match p:
        case {'a': [x, *ys]} if x:
            return ys
        case C(k=v):
            return lambda: v
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=['p']
      p 20 Local
      x 18 Local
      ys 18 Local
      C 16 GlobalImplicit
      v 2 Cell
        lambda function line=6 nested=1 varnames=[]
          v 16 Free"##,
    ),
    (
        "nested_class_in_func_cell",
        r##"def f():
    class A:
        def g(self):
            return A
    return A
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      A 18 Cell
        A class line=2 nested=1 varnames=[]
          g 2 Local
          A 0 Free
            g function line=3 nested=1 varnames=['self']
              self 4 Local
              A 16 Free"##,
    ),
    (
        "class_nonlocal",
        r##"def f():
    x = 1
    class C:
        nonlocal x
        x = 2
    return C
"##,
        r##"top module line=0 nested=0 varnames=[]
  f 2 Local
    f function line=1 nested=0 varnames=[]
      x 2 Cell
      C 18 Local
        C class line=3 nested=1 varnames=[]
          x 10 Free"##,
    ),
    (
        "comp_free_from_class_method",
        r##"class C:
    def m(self, xs):
        return [self for _ in xs]
"##,
        r##"top module line=0 nested=0 varnames=[]
  C 2 Local
    C class line=1 nested=0 varnames=[]
      m 2 Local
        m function line=2 nested=0 varnames=['self', 'xs']
          self 4 Cell
          xs 20 Local
            listcomp function line=3 nested=1 varnames=['.0']
              .0 4 Local
              _ 514 Local
              self 16 Free"##,
    ),
    (
        "e_module_annot_global",
        r##"def f():
    x: int = 1
    global x
"##,
        r##"ERR annotated name 'x' can't be global | 3 5 3 13 | '    global x\n'"##,
    ),
    (
        "e_param_global",
        r##"def f(x):
    global x
"##,
        r##"ERR name 'x' is parameter and global | 2 5 2 13 | '    global x\n'"##,
    ),
    (
        "e_assign_global",
        r##"def f():
    x = 1
    global x
"##,
        r##"ERR name 'x' is assigned to before global declaration | 3 5 3 13 | '    global x\n'"##,
    ),
    (
        "e_use_global",
        r##"def f():
    print(x)
    global x
"##,
        r##"ERR name 'x' is used prior to global declaration | 3 5 3 13 | '    global x\n'"##,
    ),
    (
        "e_annot_then_global",
        r##"def f():
    x: int
    global x
"##,
        r##"ERR annotated name 'x' can't be global | 3 5 3 13 | '    global x\n'"##,
    ),
    (
        "e_global_then_annot",
        r##"def f():
    global x
    x: int = 3
"##,
        r##"ERR annotated name 'x' can't be global | 3 5 3 15 | '    x: int = 3\n'"##,
    ),
    (
        "e_nonlocal_then_annot",
        r##"def g():
    x = 0
    def f():
        nonlocal x
        x: int
"##,
        r##"ERR annotated name 'x' can't be nonlocal | 5 9 5 15 | '        x: int\n'"##,
    ),
    (
        "e_no_binding",
        r##"def f():
    nonlocal x
"##,
        r##"ERR no binding for nonlocal 'x' found | 2 5 2 15 | '    nonlocal x\n'"##,
    ),
    (
        "e_nonlocal_module",
        r##"x = 1
nonlocal x
"##,
        r##"ERR name 'x' is assigned to before nonlocal declaration | 2 1 2 11 | 'nonlocal x\n'"##,
    ),
    (
        "e_nonlocal_global",
        r##"def f():
    global x
    nonlocal x
"##,
        r##"ERR name 'x' is nonlocal and global | 2 5 2 13 | '    global x\n'"##,
    ),
    (
        "e_yield_list",
        r##"x = 1; y = 2; [(yield 1) for x in y]
"##,
        r##"ERR 'yield' inside list comprehension | 1 17 1 24 | 'x = 1; y = 2; [(yield 1) for x in y]\n'"##,
    ),
    (
        "e_yield_dict",
        r##"def f():
    {x: (yield) for x in y}
"##,
        r##"ERR 'yield' inside dict comprehension | 2 10 2 15 | '    {x: (yield) for x in y}\n'"##,
    ),
    (
        "e_yield_gen",
        r##"def f():
    ((yield) for x in y)
"##,
        r##"ERR 'yield' inside generator expression | 2 7 2 12 | '    ((yield) for x in y)\n'"##,
    ),
    (
        "e_yield_set",
        r##"def f():
    {(yield from x) for x in y}
"##,
        r##"ERR 'yield' inside set comprehension | 2 7 2 19 | '    {(yield from x) for x in y}\n'"##,
    ),
    (
        "e_star_func",
        r##"def f():
    from os import *
"##,
        r##"ERR import * only allowed at module level | 2 20 2 21 | '    from os import *\n'"##,
    ),
    (
        "e_star_class",
        r##"class C:
    from os import *
"##,
        r##"ERR import * only allowed at module level | 2 20 2 21 | '    from os import *\n'"##,
    ),
    (
        "e_walrus_iter",
        r##"[x for x in (y := [1])]
"##,
        r##"ERR assignment expression cannot be used in a comprehension iterable expression | 1 14 1 22 | '[x for x in (y := [1])]\n'"##,
    ),
    (
        "e_walrus_iter_inner",
        r##"def f():
    [x for a in b for x in (y := a)]
"##,
        r##"ERR assignment expression cannot be used in a comprehension iterable expression | 2 29 2 35 | '    [x for a in b for x in (y := a)]\n'"##,
    ),
    (
        "e_walrus_iter_lambda",
        r##"def f(): return [i for i in (lambda: (y := 1))()]
"##,
        r##"ERR assignment expression cannot be used in a comprehension iterable expression | 1 39 1 45 | 'def f(): return [i for i in (lambda: (y := 1))()]\n'"##,
    ),
    (
        "e_walrus_class",
        r##"class C:
    [(y := 1) for x in z]
"##,
        r##"ERR assignment expression within a comprehension cannot be used in a class body | 2 7 2 8 | '    [(y := 1) for x in z]\n'"##,
    ),
    (
        "e_walrus_rebind",
        r##"[(x := 1) for x in z]
"##,
        r##"ERR assignment expression cannot rebind comprehension iteration variable 'x' | 1 3 1 4 | '[(x := 1) for x in z]\n'"##,
    ),
    (
        "e_walrus_rebind_nonascii",
        r##"é = 1; [(ä := 1) for ä in z]
"##,
        r##"ERR assignment expression cannot rebind comprehension iteration variable 'ä' | 1 11 1 13 | 'é = 1; [(ä := 1) for ä in z]\n'"##,
    ),
    (
        "e_inner_loop",
        r##"[i for i in z if (j := 0) for j in w]
"##,
        r##"ERR comprehension inner loop cannot rebind assignment expression target 'j' | 1 31 1 32 | '[i for i in z if (j := 0) for j in w]\n'"##,
    ),
    (
        "e_param_nonlocal",
        r##"def f(x):
    nonlocal x
"##,
        r##"ERR name 'x' is parameter and nonlocal | 2 5 2 15 | '    nonlocal x\n'"##,
    ),
    (
        "e_assign_nonlocal",
        r##"def g():
  x = 1
  def f():
    x = 2
    nonlocal x
"##,
        r##"ERR name 'x' is assigned to before nonlocal declaration | 5 5 5 15 | '    nonlocal x\n'"##,
    ),
    (
        "e_use_nonlocal",
        r##"def g():
  x = 1
  def f():
    print(x)
    nonlocal x
"##,
        r##"ERR name 'x' is used prior to nonlocal declaration | 5 5 5 15 | '    nonlocal x\n'"##,
    ),
    (
        "e_annot_yield",
        r##"from __future__ import annotations
x: (yield)
"##,
        r##"ERR 'yield expression' can not be used within an annotation | 2 5 2 10 | 'x: (yield)\n'"##,
    ),
    (
        "e_annot_walrus",
        r##"from __future__ import annotations
x: (y := 1)
"##,
        r##"ERR 'named expression' can not be used within an annotation | 2 5 2 11 | 'x: (y := 1)\n'"##,
    ),
    (
        "e_annot_await",
        r##"from __future__ import annotations
def f() -> (await x): pass
"##,
        r##"ERR 'await expression' can not be used within an annotation | 2 13 2 20 | 'def f() -> (await x): pass\n'"##,
    ),
    (
        "e_annot_param_yield",
        r##"from __future__ import annotations
def f(a: (yield)): pass
"##,
        r##"ERR 'yield expression' can not be used within an annotation | 2 11 2 16 | 'def f(a: (yield)): pass\n'"##,
    ),
    (
        "e_nonlocal_global_nested",
        r##"def f():
    x = 1
    def g():
        global x
        nonlocal x
"##,
        r##"ERR name 'x' is nonlocal and global | 4 9 4 17 | '        global x\n'"##,
    ),
    (
        "e_annot_nonlocal",
        r##"def f():
    x: int
    nonlocal x
"##,
        r##"ERR annotated name 'x' can't be nonlocal | 3 5 3 15 | '    nonlocal x\n'"##,
    ),
    (
        "e_star_method",
        r##"class C:
    def f(self):
        from os import *
"##,
        r##"ERR import * only allowed at module level | 3 24 3 25 | '        from os import *\n'"##,
    ),
    (
        "e_nonlocal_class_binding",
        r##"class C:
    x = 1
    def f(self):
        nonlocal x
"##,
        r##"ERR no binding for nonlocal 'x' found | 4 9 4 19 | '        nonlocal x\n'"##,
    ),
    (
        "e_global_multi",
        r##"def f():
    a = 1
    global b, a
"##,
        r##"ERR name 'a' is assigned to before global declaration | 3 5 3 16 | '    global b, a\n'"##,
    ),
    (
        "e_walrus_in_class_nested_comp",
        r##"class C:
    [[(y := 1) for x in z] for w in v]
"##,
        r##"ERR assignment expression within a comprehension cannot be used in a class body | 2 8 2 9 | '    [[(y := 1) for x in z] for w in v]\n'"##,
    ),
    (
        "e_nonlocal_lambda_comp",
        r##"def f():
    [(x := 1) for x in y for z in w]
"##,
        r##"ERR assignment expression cannot rebind comprehension iteration variable 'x' | 2 7 2 8 | '    [(x := 1) for x in y for z in w]\n'"##,
    ),
];
