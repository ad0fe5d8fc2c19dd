class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else ""
r = Reader(["ab", "cd", "ef"])
for chunk in iter(r.read, ""):
    print("chunk", chunk)
print(iter([1]) is not None, hasattr(iter([]), "__next__"))
try:
    iter(5)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
