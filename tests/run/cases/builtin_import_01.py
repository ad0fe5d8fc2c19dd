m = __import__("math")
print(m.sqrt(16), m.__name__)
os_path = __import__("os.path")
print(os_path.__name__)
j = __import__("json", fromlist=["dumps"])
print(j.dumps([1]))
import importlib
c = importlib.import_module("collections")
print(c.__name__, hasattr(c, "deque"))
