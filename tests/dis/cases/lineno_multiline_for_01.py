def f(xs):
    for (x,
         y) in (
            xs):
        print(x,
              y)
