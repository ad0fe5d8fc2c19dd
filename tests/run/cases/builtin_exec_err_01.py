source = """
def helper():
    raise ValueError("inside exec")
helper()
"""
exec(source)
