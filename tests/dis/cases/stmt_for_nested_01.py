def f(m):
    for row in m:
        for cell in row:
            if cell:
                break
            if not row:
                continue
        else:
            continue
        break
