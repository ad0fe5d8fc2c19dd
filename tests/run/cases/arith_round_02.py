print(round(float("inf"), 2))
print(round(float("nan")))
