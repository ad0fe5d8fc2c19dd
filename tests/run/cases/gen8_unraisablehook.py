import sys
def g():
    try:
        yield 1
    finally:
        raise ValueError("finally fails")
seen = []
def hook(u):
    seen.append(u)
    print("hook:", u.exc_type.__name__, u.exc_value, u.err_msg, u.object)
    print(type(u).__name__, len(u), u.exc_traceback.tb_lineno)
sys.unraisablehook = hook
a = g(); next(a); del a
class D:
    def __del__(self):
        raise KeyError("del")
d = D(); del d
print(len(seen))
def badhook(u):
    raise RuntimeError("hook failed")
sys.unraisablehook = badhook
b = g(); next(b); del b
sys.unraisablehook = sys.__unraisablehook__
c = g(); next(c); del c
print(type(seen[0]))
try:
    sys.__unraisablehook__(5)
except TypeError as e:
    print(e)
sys.__unraisablehook__(seen[0])
del sys.unraisablehook
e = g(); next(e); del e
print("end")
