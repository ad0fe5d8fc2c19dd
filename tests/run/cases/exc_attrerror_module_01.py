import math
print(math.tau > 6)
math.undefined_function_q()
