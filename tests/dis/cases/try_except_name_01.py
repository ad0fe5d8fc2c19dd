def f():
    try:
        g()
    except Exception as e:
        err = e
    return err
