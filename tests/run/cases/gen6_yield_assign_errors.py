# SyntaxErrors of assignments to yield expressions: bare, in parentheses, nested.
sources = [
    "def f():\n    yield = 3",
    "def f():\n    yield x = 3",
    "def f():\n    yield from x = 3",
    "def f():\n    a = yield x = 3",
    "def f():\n    (yield) = 3",
    "def f():\n    (yield x) = 3",
    "def f():\n    ( yield ) = 1",
    "def f():\n    [(yield)] = 3",
    "def f():\n    a = (yield) = 3",
    "def f():\n    yield += 1",
    "(a or b) = 3",
    "(not a) = 3",
    "(a if b else c) = 1",
    "(lambda: 1) = 2",
    "def f():\n    x = yield\n    y = yield from g()\n    z = (yield) == 1",
]
for src in sources:
    try:
        compile(src, '<case>', 'exec')
        print('compiles:', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, (e.lineno, e.offset, e.end_offset))
