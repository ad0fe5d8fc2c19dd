class BadRepr:
    def __repr__(self):
        return 42
print("making")
try:
    print([BadRepr()])
except Exception as e:
    print(f"{type(e).__name__}: {e}")
