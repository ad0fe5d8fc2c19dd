x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 2)
print(1 <= 1 < 2, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(5))
