import math
x, y: float = 0.0, 1.0
