import types
def make_code():
    return compile("a + b", "<gen>", "eval")
fn = types.FunctionType(compile("def g(x): return x * 3", "<g>", "exec").co_consts[0], {})
print(fn(5), fn.__name__)
bound = types.MethodType(lambda self, y: (self, y), "SELF")
print(bound(1))
print(eval(make_code(), {"a": 2, "b": 3}), type(make_code()) is types.CodeType)
Cls = types.new_class("Cls", (object,), {}, lambda ns: ns.update({"z": 9}))
print(Cls.z, Cls.__name__)
