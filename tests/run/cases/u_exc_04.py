# Implicit chaining: exception during handling
def process(items):
    results = []
    for item in items:
        try:
            results.append(10 / item)
        except ZeroDivisionError:
            results.append(undefined_fallback)
    return results

try:
    process([1, 0])
except NameError as e:
    print("NameError:", e)
    print("context:", type(e.__context__).__name__, e.__context__)

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        raise IOError(f"cannot close {self.name}")

def use():
    r = Resource("db")
    try:
        raise ValueError("query failed")
    finally:
        r.close()

try:
    use()
except OSError as e:
    print(type(e).__name__, e, "<-", repr(e.__context__))

e = Exception("a", "b", 3)
print(e.args, str(e), repr(e))
print(str(Exception()), repr(Exception()), str(Exception("solo")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(isinstance(IOError(), OSError), IOError is OSError)
process([2, 0, 5])
