s = "Hello, World of Python"
print(s.upper(), s.lower(), s.swapcase())
print(s.title(), "hello world".capitalize(), "ß straße".upper())
print("ǅungla".lower(), "MiXeD".casefold())
print(s.isupper(), "ABC".isupper(), "abc".islower(), "Title Case".istitle())
