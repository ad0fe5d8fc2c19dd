name = "x"
msg = f"{name!z}"
