import math
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.acos, 2), (math.factorial, -1)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(math.floor(1e300) > 0, math.ceil(2 ** 70 + 0.5) == 2 ** 70)
math.sqrt("4")
