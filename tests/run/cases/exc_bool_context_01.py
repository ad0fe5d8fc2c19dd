class E(Exception):
    pass
try:
    try:
        raise E("first")
    except E as first:
        try:
            raise E("second")
        except E as second:
            print(second.__context__ is first)
            raise E("third")
except E as third:
    chain = []
    e = third
    while e:
        chain.append(str(e))
        e = e.__context__
    print(chain)
