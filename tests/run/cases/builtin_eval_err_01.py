expr = "1 +"
print(eval("2 + 2"))
print(eval(expr))
