# file= sends every listing, header and blank line to the given object.
import dis
import io


def f(items):
    return [i + 1 for i in items]


class C:
    def m(self):
        return 1


buf = io.StringIO()
dis.dis(f, file=buf)
dis.dis(C, file=buf)
dis.dis("x = 1", file=buf)
dis.disassemble(f.__code__, file=buf)
dis.show_code(f, file=buf)
text = buf.getvalue()
print(len(text.splitlines()), "lines captured")
print(text)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Collector()
dis.dis(C.m, file=out)
print("".join(out.parts), end="")
