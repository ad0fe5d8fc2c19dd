import warnings
for i in range(3):
    warnings.warn("repeated warning")
def f():
    warnings.warn("from f", RuntimeWarning)
f()
f()
print("printed once each")
