match x:
    case {1: _, True: _}:
        pass
