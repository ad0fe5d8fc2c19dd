def f(xs):
    for x in xs:
        try:
            g(x)
        except KeyError as e:
            print(e)
            break
        except IndexError:
            continue
