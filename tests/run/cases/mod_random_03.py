import random
random.seed(2024)
deck = [r + s for r in "A23456789TJQK" for s in "shdc"]
random.shuffle(deck)
print(deck[:10])
hand = random.sample(deck, 5)
print(hand, random.randrange(52), random.random() < 1)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
