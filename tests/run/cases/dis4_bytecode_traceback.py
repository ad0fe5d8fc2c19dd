# Bytecode.from_traceback: the innermost frame, with current_offset at the failing
# instruction.
import dis


def lookup(d, k):
    return d[k]


def run():
    return lookup({}, "missing")


try:
    run()
except KeyError as e:
    bc = dis.Bytecode.from_traceback(e.__traceback__)
    print(bc.codeobj.co_name, bc.current_offset, bc.first_line)
    print(bc.dis(), end="")
