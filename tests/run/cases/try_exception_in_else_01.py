def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return "div zero"
    else:
        try:
            return int("bad" if r < 3 else r)
        except ValueError as e:
            return f"else handled: {e}"
    finally:
        print("cleanup", x)
print(f(0), f(2), f(5))
