name = "Bob"
print('It's me', name)
