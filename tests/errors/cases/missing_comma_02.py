name = "Bob"
print("Hello " name)
