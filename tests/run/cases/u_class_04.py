class Animal:
    sound = "..."

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __str__(self):
        return f"{type(self).__name__}({self.name}, {self.age})"


class Dog(Animal):
    sound = "Woof"

    def fetch(self, thing="ball"):
        return f"{self.name} fetches the {thing}"


class Puppy(Dog):
    sound = "Yip"

    def speak(self):
        base = super().speak()
        return base + "!!"


class Cat(Animal):
    sound = "Meow"

    def __init__(self, name, age, indoor=True):
        super().__init__(name, age)
        self.indoor = indoor


pets = [Dog("Rex", 5), Puppy("Bit", 1), Cat("Tom", 3, indoor=False), Animal("Thing", 100)]
for p in pets:
    print(p, "->", p.speak())
print(pets[1].fetch("stick"))
oldest = max(pets, key=lambda p: p.age)
print("oldest:", oldest.name)
by_type = {}
for p in pets:
    by_type.setdefault(type(p).__name__, []).append(p.name)
print(by_type)
print([cls.__name__ for cls in Puppy.__mro__])
print(Cat("Kit", 1).indoor, hasattr(pets[2], "fetch"))
pets[2].fetch()
