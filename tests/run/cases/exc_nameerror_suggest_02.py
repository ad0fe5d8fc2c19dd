import math
print(mth.pi)
