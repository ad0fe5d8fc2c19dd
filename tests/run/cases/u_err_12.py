class Person:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "Hi " + self.name

p = Person("Ann")
print(p.greet())
print(Person.greet())
