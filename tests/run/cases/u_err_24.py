class Temperature:
    def __init__(self, c):
        self.c = c
    def __lt__(self, other):
        return self.c < other.c

temps = [Temperature(3), Temperature(1)]
print(min(temps).c)
print(min(temps + [5]).c)
