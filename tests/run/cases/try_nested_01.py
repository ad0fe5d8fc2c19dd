def inner():
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("inner caught", e)
        raise RuntimeError("converted") from e
    finally:
        print("inner finally")
try:
    inner()
except RuntimeError as e:
    print("outer caught", e, "cause:", repr(e.__cause__))
finally:
    print("outer finally")
