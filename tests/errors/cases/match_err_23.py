match x:
    case -0.0 | 0j:
        pass
    case {0: _, -0.0: _}:
        pass
