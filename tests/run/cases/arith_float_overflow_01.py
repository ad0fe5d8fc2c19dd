import math
print(math.exp(10))
print(2.0 ** 1000)
try:
    2.0 ** 10000
except OverflowError as e:
    print("caught", type(e).__name__)
print("next")
try:
    print(math.exp(1000))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
