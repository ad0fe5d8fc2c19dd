import sys
try:
    sys.exit(5)
except:
    print("caught", sys.exc_info()[0].__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("base:", type(e).__name__)
print(sys.exc_info())
