errors = 0
for token in "1 2 x 4 y 6".split():
    try:
        value = int(token)
    except ValueError:
        errors += 1
        continue
    finally:
        pass
    print("value", value)
print("errors", errors)
