first = "Ada"
last = "Lovelace"
print(f"Name: {first last}")
