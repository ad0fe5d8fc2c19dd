# Calls with keywords and unpacking, and MAKE_FUNCTION flags in argrepr.
import dis


def caller(f, args, kwargs):
    f(1, 2)
    f(1, key=2)
    f(*args)
    f(*args, **kwargs)
    f.method(3)

    def with_defaults(a=1, *, b=2) -> int:
        return a + b + len(args)

    return with_defaults


dis.dis(caller)
for ins in dis.get_instructions(caller):
    if ins.opname == "MAKE_FUNCTION":
        print(ins.arg, repr(ins.argrepr))
