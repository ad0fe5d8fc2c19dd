data = {"a": 1, "b": 2}
for key in data:
    if data[key] == 1:
        del data[key]
