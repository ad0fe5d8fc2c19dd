class BadRepr:
    def __repr__(self):
        return 42
print("making")
print([BadRepr()])
