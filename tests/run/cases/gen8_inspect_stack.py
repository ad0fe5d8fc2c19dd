import inspect
def gen_stack():
    yield [(fi.function, fi.lineno, fi.code_context, fi.index) for fi in inspect.stack()][:3]
def c2():
    return next(gen_stack())
print(c2())
def where():
    fi = inspect.getframeinfo(inspect.currentframe().f_back)
    return fi.filename.rsplit('/', 1)[-1], fi.lineno, fi.function, fi.code_context
def g():
    yield where()
print(next(g()))
print(inspect.getframeinfo(inspect.currentframe(), context=3)[1:])
try:
    1/0
except ZeroDivisionError:
    print([(f.function, f.lineno, f.code_context) for f in inspect.trace()])
print(inspect.stack()[0][3], inspect.stack(0)[0].code_context, type(inspect.stack()[0]).__name__)
fi = inspect.stack()[0]
print(fi._fields, repr(fi)[:10])
print(inspect.getouterframes(inspect.currentframe())[0].function)
try:
    inspect.getframeinfo(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
