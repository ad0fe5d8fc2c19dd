class C:
    "Class doc."
class D:
    """Doc."""
    x = 1
