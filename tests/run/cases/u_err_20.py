import random
random.seed(0)
items = ["a", "b"]
print(random.choice(items))
print(lenght(items))
