def apply(fn, *args):
    return fn(*args)
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "max": max}
for name in ["add", "mul", "max"]:
    print(name, apply(ops[name], 6, 7))
fns = [str.upper, str.lower, len]
print([f("MiX") for f in fns])
print(apply(apply, pow, 2, 10))
