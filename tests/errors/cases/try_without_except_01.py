def load(path):
    try:
        f = open(path)
        data = f.read()
    print("loaded")
    return data
