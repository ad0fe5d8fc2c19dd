# findlinestarts (offset, line) pairs, findlabels jump targets, and co_lines() ranges.
import dis


def f(n):
    out = []
    for i in range(n):
        if i % 2:
            continue
        out.append(i)
    while n:
        n -= 1
    return out


code = f.__code__
print(list(dis.findlinestarts(code)))
print(dis.findlabels(code.co_code))
print(list(code.co_lines()))
print(dis.findlabels(b""))
print(dis.findlabels(bytes([110, 2, 9, 0, 9, 0, 113, 0])))
print(list(dis.findlinestarts(compile("a\n\n\nb", "s", "exec"))))
