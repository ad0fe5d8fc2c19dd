match x:
    case C(x, y, a=[b, c], d=b):
        pass
