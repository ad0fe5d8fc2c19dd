# SyntaxErrors around yield: the message and where CPython points.
sources = [
    "def f():\n    yield from = 1\n",
    "def f():\n    yield from\n",
    "def f():\n    x = yield from\n",
    "def f():\n    yield = 3\n",
    "def f():\n    yield x = 3\n",
    "def f():\n    x = yield = 3\n",
    "def f():\n    (yield) = 3\n",
    "def f():\n    (yield), b = c = 3\n",
    "def f():\n    del (yield)\n",
    "def f():\n    (yield) += 1\n",
    "yield 1\n",
    "class C:\n    yield 1\n",
    "async def f():\n    yield from x\n",
    "[(yield x) for x in y]\n",
    "def f():\n    return (yield x for x in y)\n",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
