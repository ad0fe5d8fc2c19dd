# Source strings: tried as an expression first, then as statements; compiled as "<dis>".
import dis

dis.dis("a + b * 2")
print("---")
dis.dis("x = 1\ny = x + 2")
print("---")
dis.dis("def f(n):\n    return [i for i in range(n)]\n")
print("---")
dis.dis("lambda: 0")
print("---")
dis.dis("")
print("---")
dis.dis("import os, sys as system\nfrom math import pi")
