match x:
    case a.b():
        pass
    case (a):
        pass
    case 1:
        pass
