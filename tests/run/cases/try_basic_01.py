def parse(s):
    try:
        v = int(s)
    except ValueError:
        print("bad:", s)
        return None
    else:
        print("ok:", v)
        return v
    finally:
        print("done with", s)
print(parse("12"))
print(parse("x"))
