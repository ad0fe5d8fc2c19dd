match x:
    case {"k": *a}:
        pass
