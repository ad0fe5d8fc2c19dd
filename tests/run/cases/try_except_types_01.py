def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "math:" + type(e).__name__
    except OSError as e:
        return "os:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), FileNotFoundError(), ValueError(), TypeError()]:
    print(classify(exc))
