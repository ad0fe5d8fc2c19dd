def f(x):
    try:
        return 10 / x
    except ZeroDivisionError:
        return "inf"
    finally:
        print("finally for", x)
print(f(2), f(0))
def g():
    try:
        try:
            raise ValueError("a")
        finally:
            print("inner finally")
    except ValueError as e:
        return "outer got " + str(e)
print(g())
