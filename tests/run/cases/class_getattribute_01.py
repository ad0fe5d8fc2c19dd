class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"default-{name}"
o = Logged()
print(o.x)
print(o.y)
print(type(o).__name__)
