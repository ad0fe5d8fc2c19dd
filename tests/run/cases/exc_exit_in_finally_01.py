import sys
try:
    raise ValueError("will be replaced")
finally:
    print("finally, exiting")
    sys.exit(2)
