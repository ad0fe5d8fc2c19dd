class Weird:
    @property
    def boom(self):
        raise ValueError("not an AttributeError")
    @property
    def quiet(self):
        raise AttributeError("hidden")
w = Weird()
print(hasattr(w, "quiet"))
print(hasattr(w, "boom"))
