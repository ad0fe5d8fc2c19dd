print(abs(-3), abs(2.5), abs(-0.0), abs(3 + 4j), abs(-10 ** 30))
print(any([]), any([0, None, 1]), all([]), all([1, "x"]), all([1, 0]))
print(any(x > 5 for x in range(10)), all(isinstance(x, int) for x in [1, True]))
