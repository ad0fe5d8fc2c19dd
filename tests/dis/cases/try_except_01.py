def f():
    try:
        g()
    except:
        print("error")
