s = """line1
line2
"""
t = "a\
b"
x = 1 + \
    2
