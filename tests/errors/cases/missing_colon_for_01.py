fruits = ["apple", "pear"]
for fruit in fruits
    print(fruit)
