import warnings
class MyWarning(UserWarning):
    pass
def helper():
    warnings.warn("custom category", MyWarning, stacklevel=2)
helper()
warnings.warn_explicit("explicit", UserWarning, "fake.py", 12)
print("done")
