import warnings
def inner():
    warnings.warn("deep", UserWarning, stacklevel=3)
def outer():
    inner()
outer()
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("mod action")
warnings.warn("mod action")
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
try:
    warnings.warn("bad", "notacategory")
except TypeError as e:
    print(e)
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  src line  "), end="")
