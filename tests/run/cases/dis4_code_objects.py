# Code objects directly: a function's __code__, compile() results in exec/eval/single
# mode, and code objects found among another code object's constants.
import dis


def f(a):
    return [a for _ in range(2)]


dis.dis(f.__code__)
print("--- exec")
dis.dis(compile("x = 1\nfor i in range(3):\n    x += i\n", "<snippet>", "exec"))
print("--- eval")
dis.dis(compile("a * 2 + b", "<expr>", "eval"))
print("--- constants")
for const in f.__code__.co_consts:
    if hasattr(const, "co_code"):
        dis.dis(const)
