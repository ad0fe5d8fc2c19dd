class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
w = Weird()
print(w, type(w))
