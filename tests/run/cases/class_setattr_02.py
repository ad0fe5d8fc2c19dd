class Recorder:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        super().__setattr__(name, value)
r = Recorder()
r.a = 1
r.b = "x"
r.a = 2
print(r.log, r.a, r.b)
setattr(r, "c", None)
print(r.log[-1], getattr(r, "c"), getattr(r, "zz", "dflt"))
delattr(r, "c")
print(hasattr(r, "c"))
