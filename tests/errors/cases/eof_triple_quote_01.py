def area(r):
    """Return the area.
    return 3.14 * r * r

print(area(2))
