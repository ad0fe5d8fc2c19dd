import warnings
def old_api():
    warnings.warn("old_api is going away")
    return 1
print(old_api())
print("after warning")
