import types
def f():
    pass
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), isinstance((x for x in []), types.GeneratorType), isinstance(lambda: 0, types.LambdaType))
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), type(mp).__name__)
print(type(None) is types.NoneType, types.FunctionType.__name__)
mp["x"] = 2
