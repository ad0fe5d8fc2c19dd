age = 20
label = "adult" if age >= 18
print(label)
