import math
print(math.floor(3.7))
print(math.floor(float("inf")))
