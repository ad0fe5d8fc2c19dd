try:
    n = int(input())
except ValueError, e:
    print("not a number", e)
