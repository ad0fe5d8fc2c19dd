for op in ("//", "%", "/"):
    try:
        eval("5 " + op + " 0")
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print("divmod", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("float", e)
try:
    5.0 % 0.0
except ZeroDivisionError as e:
    print("fmod", e)
