x = int("42")
y = float("3.5")
z = int("3.5")
