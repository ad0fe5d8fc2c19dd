setattr(5, "x", 1)
