import warnings
def legacy():
    warnings.warn("legacy() is deprecated", DeprecationWarning, stacklevel=2)
    return "legacy"
print(legacy())
warnings.warn("module-level deprecation", DeprecationWarning)
print("done")
