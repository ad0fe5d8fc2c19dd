def risky(n):
    try:
        print("try", n)
        if n == 1:
            raise ValueError("one")
        if n == 2:
            return "returned from try"
        if n == 3:
            raise KeyError("three")
    except ValueError as e:
        print("caught", e)
        return "returned from except"
    else:
        print("else branch")
    finally:
        print("finally", n)
    return "end"

for n in range(4):
    try:
        print("->", risky(n))
    except KeyError as e:
        print("outer caught", repr(e))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides())

def swallow():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            if i < 2:
                continue
    return "loop done"

try:
    print(swallow())
except RuntimeError as e:
    print("escaped", e)

def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer got", e)
        raise
nested()
