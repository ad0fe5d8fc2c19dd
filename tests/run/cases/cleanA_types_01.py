import types, sys
names = ["FunctionType", "LambdaType", "CodeType", "CellType", "GeneratorType", "CoroutineType",
         "AsyncGeneratorType", "MethodType", "BuiltinFunctionType", "BuiltinMethodType",
         "WrapperDescriptorType", "MethodWrapperType", "MethodDescriptorType",
         "ClassMethodDescriptorType", "ModuleType", "TracebackType", "FrameType",
         "GetSetDescriptorType", "MemberDescriptorType", "NoneType", "EllipsisType",
         "NotImplementedType", "GenericAlias", "MappingProxyType", "SimpleNamespace",
         "DynamicClassAttribute", "new_class", "resolve_bases", "prepare_class", "coroutine"]
for n in names:
    print(n, hasattr(types, n))
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(types.ModuleType is type(sys), types.BuiltinFunctionType is types.BuiltinMethodType, types.GenericAlias is type(list[int]))
print(types.SimpleNamespace.__module__, types.SimpleNamespace.__name__)
m = types.ModuleType("fresh", "doc here")
print(m.__name__, m.__doc__, repr(m)[:14])
ns = types.SimpleNamespace()
print(ns, repr(ns), bool(ns.__dict__))
ns = types.SimpleNamespace(z=1, a="s")
ns.self_ref = ns
print(ns)
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace(x=1) != types.SimpleNamespace(x=2), types.SimpleNamespace() == 3)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
print(types.SimpleNamespace.__hash__)
class NS(types.SimpleNamespace):
    pass
print(NS(q=2), isinstance(NS(), types.SimpleNamespace))
del ns.z
print(ns.__dict__.keys())
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
C = types.new_class("C", (), {"metaclass": Meta, "flag": 1}, lambda ns: ns.__setitem__("x", 1))
print(type(C).__name__, C.x, C.prepared)
meta, ns, kw = types.prepare_class("D", (C,), {"flag": 2})
print(meta.__name__, ns, kw)
print(types.prepare_class("E"), types.prepare_class("E", (int,), None)[0])
class Entry:
    def __mro_entries__(self, bases):
        return (dict, )
class Two:
    def __mro_entries__(self, bases):
        return (int, object)
e = Entry()
print(types.resolve_bases((int,)), types.resolve_bases((e, Two(), list))[:3])
orig = (e,)
K = types.new_class("K", orig)
print(K.__bases__, K.__orig_bases__ is orig, K.__mro__[1:])
class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print("TypeError", e)
class M1(type): pass
class M2(type): pass
A = M1("A", (), {}); B = M2("B", (), {})
try:
    types.prepare_class("X", (A, B))
except TypeError as e:
    print("TypeError", e)
print(types.prepare_class("X", (A,), {"metaclass": type})[0].__name__)
print(types.new_class("Plain").__mro__, types.new_class("Sub", (A,)).__class__.__name__)
class Sample:
    def __init__(self):
        self._v = 10
    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v
    def __getattr__(self, name):
        return "dyn:" + name
print(Sample().value, Sample.__dict__["value"].__doc__)
try:
    Sample.value
except AttributeError as e:
    print("AttributeError", repr(e))
class WithSet:
    @types.DynamicClassAttribute
    def v(self):
        return self.__dict__.get("_v", 0)
    @v.setter
    def v(self, val):
        self.__dict__["_v"] = val
w = WithSet(); w.v = 4
print(w.v, type(WithSet.__dict__["v"]).__name__)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)
