class Dog:
    species = "Canis familiaris"
    tricks = []          # shared by all instances (a classic bug)

    def __init__(self, name):
        self.name = name
        self.own_tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        self.own_tricks.append(trick)

d1, d2 = Dog("Fido"), Dog("Buddy")
d1.add_trick("roll over")
d2.add_trick("play dead")
print(d1.tricks, d2.own_tricks, Dog.tricks is d1.tricks)
d1.species = "Wolf"
print(d1.species, d2.species, Dog.species)
del d1.species
print(d1.species)
Dog.species = "Changed"
print(d1.species, d2.species)
print("species" in vars(d1), "name" in vars(d1), sorted(vars(d2)))
print(Dog.__dict__["species"], type(Dog.__dict__).__name__)
class Counter:
    count = 0
    def __init__(self):
        self.count += 1   # creates an instance attribute
c = Counter(); Counter()
print(c.count, Counter.count)
class Base:
    x = 1
class Child(Base):
    pass
Child.x = 2
print(Base.x, Child.x)
del Child.x
print(Child.x)
del Child.x
