# A generator function: calling it returns a generator; each next() runs to the next yield.
def countdown(n):
    print("Starting countdown from", n)
    while n > 0:
        yield n
        n -= 1
    print("Done!")


for x in countdown(3):
    print(x)

# The same values from a generator expression.
squares = (x * x for x in range(5))
print(type(squares))
print(list(squares))
print(sum(x * x for x in range(5)))
