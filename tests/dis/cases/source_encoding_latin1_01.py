# coding: latin-1
name = "José"
print(name)
