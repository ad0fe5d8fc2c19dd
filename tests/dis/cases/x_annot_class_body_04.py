class C:
    if True:
        a: int = 1
    for i in range(2):
        b: list = []
    try:
        c: str
    finally:
        pass
    with open("x"):
        d: "D" = None
    del i
    G: int = 5
