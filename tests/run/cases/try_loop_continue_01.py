results = []
for s in ["3", "zero", "7", "", "10"]:
    try:
        results.append(100 // int(s))
    except ValueError:
        continue
    finally:
        results.append("|")
print(results)
