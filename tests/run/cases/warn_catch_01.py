import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", DeprecationWarning)
    warnings.warn(UserWarning("three"))
print(len(caught))
for w in caught:
    print(w.category.__name__, w.message, w.lineno)
warnings.warn("outside the block")
