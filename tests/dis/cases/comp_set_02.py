s = {c for c in "hello" if c != "l"}
