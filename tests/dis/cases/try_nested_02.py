def f():
    try:
        g()
    except ValueError:
        try:
            h()
        except TypeError as e:
            raise
