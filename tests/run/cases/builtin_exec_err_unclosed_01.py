# exec of a string ending inside brackets reports the bracket, as for files.
exec("x = 1")
print(x)
exec("y = f(x,\n  2")
