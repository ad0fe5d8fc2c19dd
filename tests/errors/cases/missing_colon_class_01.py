class Animal:
    pass

class Dog(Animal)
    sound = "woof"
