print(format(3.14159, ".2f"), format(42, "05d"), format("hi", ">5"), format(1234567, ","))
print(format(0.5, "%"), format(12, "b"), format(-3, "+"), format(3, "+"))
print(format([1, 2]), format(None), format(1e-10, ".2e"))
print(format(object(), "x"))
