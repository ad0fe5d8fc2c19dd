x = 1
def compute():
    return x / 0
value = compute()
