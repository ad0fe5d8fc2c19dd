# Built-in functions, methods and types hold no bytecode.
import dis

for obj in (len, [].append, str.upper, "abc".upper):
    try:
        dis.dis(obj)
    except TypeError as e:
        print("TypeError:", e)
dis.dis(int)
print("int listed nothing")
