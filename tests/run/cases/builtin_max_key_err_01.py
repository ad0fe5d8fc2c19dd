people = [{"name": "a", "age": 3}, {"name": "b"}]
print(max(people[:1], key=lambda p: p["age"]))
print(max(people, key=lambda p: p["age"]))
