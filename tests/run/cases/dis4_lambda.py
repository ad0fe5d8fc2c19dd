# Lambdas, alone and holding comprehensions, and a lambda with defaults.
import dis

square = lambda x: x * x
dis.dis(square)
print("---")
pick = lambda items, key=len: [i for i in items if key(i)]
dis.dis(pick)
print("---")
adder = lambda *args, **kw: (args, kw)
dis.dis(adder)
print(square(4), pick(["", "a"]), adder(1, k=2))
