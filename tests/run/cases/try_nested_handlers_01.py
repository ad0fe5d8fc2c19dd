def risky(n):
    try:
        try:
            if n == 0:
                raise KeyError("k")
            if n == 1:
                raise ValueError("v")
            return "ok"
        except KeyError:
            return "inner handled KeyError"
    except ValueError:
        return "outer handled ValueError"
    finally:
        print("finally for", n)
for n in range(3):
    print(risky(n))
