# SyntaxErrors of compiled strings: exec mode reads the source with a newline ending its
# last line, eval and single modes read it as it is (text, offsets and unclosed brackets).
SOURCES = [
    "1 +", "1 +\n", "(1,", "(1,\n", "x = (", "1 2", "f(", "a b c",
    "[1, 2", "{", "1 2 (", "\n\n1 +", "1 +  ", "(1 +\n\n", "x = (1 2",
    "f'{a b}'", "f'{1 +}'", "'abc", "a b\n(",
]
for src in SOURCES:
    for mode in ["eval", "exec", "single"]:
        try:
            compile(src, "<s>", mode)
            print(repr(src), mode, "compiled")
        except SyntaxError as e:
            print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset,
                  e.end_lineno, e.end_offset, repr(e.text))

# A comment ending an eval string leaves the end marker without a column.
try:
    eval("1 + # c")
except SyntaxError as e:
    print(e.msg, e.offset, e.end_offset, repr(e.text))
