# A failed assignment whose first target (or a bare tuple's last item) reads as a mistaken
# comparison or ':=' with the operand after the first '=' (CPython's invalid_named_expression).
for src in ["(yield), b = 3\n", "f(), b = 3\n", "1, b = 3\n", "f(), b.c = 3\n", "f(), b[0] = 3\n",
            "a, f() = 3\n", "f(), *b = 3\n", "f(), b, c = 3\n", "(yield), b = c = 3\n", "x = f(), b = 3\n",
            "def f():\n    yield from = 1\n", "def f():\n    yield from\n", "def f():\n    x = yield from\n",
            "f(), (b) = 3\n", "f(), [b] = 3\n", "f(), b = yield\n", "a + 1, b = 3\n", "[f(), b] = 3\n", "(f(), b) = 3\n",
            "f(), b == 3\n", "f(), b := 3\n", "f(), None = 3\n", "f(), True = 1\n"]:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for src in ["x = 1, f() = 3\n", "(a), f() = 3\n", "f() = 3\n", "(f()) = 3\n", "f(), = 3\n", "x, = f(), = 1\n",
            "f(), b = 3, 4\n", "f(), b = a if c else d\n", "f(), b = not a\n", "f(), b = -a\n", "f(), b = (1)\n",
            "f(), b = [1] + [2]\n", "f(), b = a == c\n", "f(), b = lambda: 1\n", "a.b, f() = 1\n", "f(), a.b = x = 1\n",
            "x = y = f(), b = 3\n", "(x) = f(), b = 3\n", "[x] = f(), b = 3\n", "None, f() = 3\n", "f(), (None) = 3\n"]:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
