source = """
def helper():
    raise ValueError("inside exec")
helper()
"""
try:
    exec(source)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
