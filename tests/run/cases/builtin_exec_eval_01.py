print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("a = 5\nb = a * 2\ndef f(): return a + b", ns)
print(ns["a"], ns["b"], ns["f"]())
exec("print('hello from exec')")
y = 1
exec("y = 2")
print(y)
loc = {}
exec("z = 3", {}, loc)
print(loc)
print(eval("len('abc')"), eval("__name__"))
