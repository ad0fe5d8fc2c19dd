# The code object attributes dis relies on.
import dis


def f(a, b=1, *args, c, **kw):
    d = a + b

    def g():
        return d
    return g


co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_nlocals, co.co_stacksize, hex(co.co_flags), co.co_firstlineno)
print(co.co_varnames, co.co_names, co.co_cellvars, co.co_freevars)
print(co.co_consts[0], type(co.co_code).__name__, len(co.co_code) % 2)
print(co.co_lnotab, co.co_linetable)
print(list(co.co_lines()))
inner = f(1, c=2).__code__
print(inner.co_freevars, inner.co_cellvars, inner.co_code == co.co_consts[1].co_code)
