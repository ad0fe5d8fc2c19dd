template = "{name} is {age} years"
print(template.format(name="Bo", age=5))
print(template.format(name="Al"))
