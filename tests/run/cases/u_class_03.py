class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"Temperature below absolute zero: {value}")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._celsius + 273.15


t = Temperature(25)
print(t.celsius, t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t.celsius)
t.celsius = -40
print(t.fahrenheit)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__)
print(Temperature.fahrenheit.fget.__name__)
print(vars(t))
t2 = Temperature()
t2.celsius = -300
