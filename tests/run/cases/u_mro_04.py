# Diamond with attribute lookup and method resolution
class Device:
    power = "AC"
    def describe(self):
        return f"{type(self).__name__} on {self.power}"
    def start(self):
        return ["Device.start"]

class Battery(Device):
    power = "battery"
    def start(self):
        return ["Battery.start"] + super().start()

class Networked(Device):
    def start(self):
        return ["Networked.start"] + super().start()
    def connect(self):
        return "connected"

class Phone(Networked, Battery):
    def start(self):
        return ["Phone.start"] + super().start()

class Router(Networked):
    pass

p = Phone()
print(p.describe(), p.start())
print(Router().describe(), Router().start())
print(Phone.power, Networked.power, [c.__name__ for c in Phone.__mro__])
print(isinstance(p, Battery), issubclass(Phone, (int, Device)))
print(Phone.start is Networked.start, Router.start is Networked.start)
print(Phone.__dict__.get("power"), "power" in Battery.__dict__)
print(p.connect(), p.charge())
