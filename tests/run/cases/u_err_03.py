user = {"name": "Ann", "email": "ann@example.com"}
print(user["name"])
print(user["phone"])
