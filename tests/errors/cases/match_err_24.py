match x:
    case {b"x": _, "x": _, (1+2j): _, 1+2j: _}:
        pass
