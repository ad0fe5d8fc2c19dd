name = "world"
s = f"hello {name}"
