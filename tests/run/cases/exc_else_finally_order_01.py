log = []
def f(x):
    try:
        log.append("try")
        if x:
            raise ValueError
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
        return "from else"
    finally:
        log.append("finally")
print(f(0), f(1), log)
