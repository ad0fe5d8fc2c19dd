def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            break
    else:
        i = -1
    return i


def search(grid, t):
    for row in grid:
        for cell in row:
            if cell == t:
                break
        else:
            continue
        break
    else:
        return None
    return row, cell


def primes(n):
    for k in range(2, n):
        for d in range(2, k):
            if k % d == 0:
                break
        else:
            yield k
