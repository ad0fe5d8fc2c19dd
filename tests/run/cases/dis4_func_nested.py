# Nested functions and closures: LOAD_CLOSURE/LOAD_DEREF, and the recursive listings of
# inner code objects with their "Disassembly of <code object ...>" headers.
import dis


def outer(n):
    step = 2

    def middle(x):
        def inner(y):
            return x + y + step
        return inner

    counter = 0

    def bump():
        nonlocal counter
        counter += step
        return counter

    return middle(n), bump


dis.dis(outer)
f, bump = outer(1)
print(f(10), bump(), bump())
