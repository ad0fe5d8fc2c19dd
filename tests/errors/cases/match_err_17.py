match x:
    case (a | [a]) as a:
        pass
