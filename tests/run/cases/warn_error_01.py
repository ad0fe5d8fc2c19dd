import warnings
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an exception")
except UserWarning as e:
    print("caught", type(e).__name__, e)
warnings.warn("uncaught warning-as-error")
