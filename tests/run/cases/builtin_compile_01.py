code = compile("x = 6 * 7", "<string>", "exec")
ns = {}
exec(code, ns)
print(ns["x"], type(code).__name__, code.co_filename)
e = compile("1 + x", "<expr>", "eval")
print(eval(e, {"x": 41}))
s = compile("print('single')", "<s>", "single")
exec(s)
try:
    compile("def (", "<bad>", "exec")
except SyntaxError as err:
    print("SyntaxError:", err.msg, err.lineno, err.filename)
