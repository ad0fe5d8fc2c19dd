def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out
print(" ".join(fizzbuzz(20)))
def sign(x):
    if x > 0: return 1
    elif x < 0: return -1
    return 0
print([sign(v) for v in (-3, 0, 8)])
