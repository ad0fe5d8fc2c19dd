def check_positive(values):
    for v in values:
        assert v > 0, f"value {v} is not positive"
    return True
print(check_positive([1, 2]))
check_positive([3, -1])
