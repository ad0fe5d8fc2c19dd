handlers = {"a": print, "b": None}
handlers["a"]("called a")
try:
    handlers["b"]("called b")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
