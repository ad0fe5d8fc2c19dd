data = "price: 5€"
print(data.encode("utf-8"))
print(data.encode("ascii"))
