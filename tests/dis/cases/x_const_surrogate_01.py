# Lone surrogates are valid str code points in Python.
f = '\ud800\udfff'
s = '\ud83d\ude00'
print(f, s)
