# Line numbers of 1000 and more widen the line column; big line gaps in co_lnotab.
import dis

src = "\n" * 1100 + "x = 1\n" + "\n" * 300 + "y = x + 1\n"
code = compile(src, "<wide>", "exec")
dis.dis(code)
print(list(dis.findlinestarts(code)))
print(code.co_lnotab)
src2 = "a = 1\n" + "\n" * 200 + "b = 2\n"
print(compile(src2, "<gap>", "exec").co_lnotab)


def back():
    return (1,
            2)


print(back.__code__.co_lnotab, list(back.__code__.co_lines()))
