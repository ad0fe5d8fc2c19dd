__all__ = ["public_a", "public_b"]
public_a = "A"
def public_b():
    return "B"
_private = 1
hidden_by_all = 2
