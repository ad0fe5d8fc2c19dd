age = 25
print("Age: " + str(age))
print("Next year: " + age + 1)
