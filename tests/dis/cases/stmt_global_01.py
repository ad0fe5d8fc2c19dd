counter = 0
def incr():
    global counter
    counter += 1
    return counter
