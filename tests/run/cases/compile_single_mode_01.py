# compile(..., "single"): module-level expression statements go to sys.displayhook.
import builtins
import dis
import sys

exec(compile("1 + 1", "<stdin>", "single"))
exec(compile("for i in range(3): i * 2\n", "<stdin>", "single"))
exec(compile("if True:\n    'doc'\n    None\n    [1, 2]\n", "<stdin>", "single"))
exec(compile("def f():\n    return 7\n\n", "<stdin>", "single"))
exec(compile("f()", "<stdin>", "single"))
exec(compile("_", "<stdin>", "single"))
print("builtins._ is", builtins._)
exec(compile("x: int = 3", "<stdin>", "single"))
exec(compile("(lambda: 'in lambda')()", "<stdin>", "single"))
exec(compile("a = 1; a; 'text'", "<stdin>", "single"))
dis.dis(compile("a = 1; a; 'text'", "<stdin>", "single"))
dis.dis(compile("\n\nx: int = 3\n", "<stdin>", "single"))
dis.dis(compile("[x for x in 'ab']", "<stdin>", "single"))


def hook(value):
    print("hook got", repr(value))


sys.displayhook = hook
exec(compile("None", "<stdin>", "single"))
exec(compile("'s'", "<stdin>", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("None", "<stdin>", "single"))
exec(compile("(4, 5)", "<stdin>", "single"))

for src in ["1\n2\n", "x = 1\n\ny = 2\n", "if 1:\n  pass\nz = 3\n", "a = (1,\n 2); b = 3\n",
            "1\n# c\n\n", "1;\n", "while 0:\n  pass\nzz = 3\n"]:
    try:
        compile(src, "<stdin>", "single")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

del sys.displayhook
try:
    exec(compile("42", "<stdin>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
