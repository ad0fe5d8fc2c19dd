match x:
    case x as y:
        pass
    case 1:
        pass
