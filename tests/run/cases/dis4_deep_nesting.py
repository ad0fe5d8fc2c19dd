# Deeply nested code objects: lambdas in comprehensions in generator expressions.
import dis


def nest(data):
    return list((lambda y: [z for z in (w for w in range(y))])(x) for x in data)


dis.dis(nest)
print(nest([1, 2]))
