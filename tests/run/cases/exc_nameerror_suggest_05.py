class Widget:
    def size(self):
        return self.sz
    def __init__(self):
        self.size_px = 3
w = Widget()
try:
    w.size()
except AttributeError as e:
    print("caught:", e)
print(w.size_p)
