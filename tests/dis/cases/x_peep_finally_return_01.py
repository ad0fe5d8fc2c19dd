def f(x):
    try:
        return x
    finally:
        return -1


def g(items):
    for i in items:
        try:
            try:
                if i:
                    return i
            finally:
                return 0
        finally:
            continue
    return None


def h(items):
    while items:
        try:
            items.pop()
        finally:
            if len(items) == 3:
                break
            elif len(items) == 5:
                continue
            else:
                pass
    else:
        return "exhausted"
    return "broke"
