class Vehicle:
    wheels = 4

    def __init__(self, make, model, year):
        self.make = make
        self.model = model
        self.year = year
        self._odometer = 0

    @property
    def odometer(self):
        return self._odometer

    def drive(self, km):
        if km <= 0:
            raise ValueError("distance must be positive")
        self._odometer += km
        return self

    def __repr__(self):
        return f"<{self.year} {self.make} {self.model}, {self._odometer} km>"


class Motorcycle(Vehicle):
    wheels = 2


class Truck(Vehicle):
    wheels = 6

    def __init__(self, make, model, year, capacity):
        super().__init__(make, model, year)
        self.capacity = capacity
        self.load = 0

    def add_load(self, kg):
        if self.load + kg > self.capacity:
            raise OverflowError(f"cannot load {kg} kg: only {self.capacity - self.load} kg left")
        self.load += kg


fleet = [Vehicle("Toyota", "Corolla", 2015), Motorcycle("Honda", "CB500", 2020), Truck("Volvo", "FH", 2018, 1000)]
fleet[0].drive(120).drive(30)
fleet[2].drive(500)
for v in fleet:
    print(v, v.wheels)
t = fleet[2]
t.add_load(600)
try:
    t.add_load(500)
except OverflowError as e:
    print("Overflow:", e)
print(sum(v.wheels for v in fleet))
try:
    fleet[1].odometer = 99
except AttributeError as e:
    print(e)
fleet[1].drive(0)
