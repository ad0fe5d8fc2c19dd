name = "Ada"

def greet(name)
    print("Hello", name)
