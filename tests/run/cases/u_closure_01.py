def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
print(c1.__closure__[0].cell_contents)
print(c1.__code__.co_freevars)

def make_multiplier(n):
    return lambda x: x * n

double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), list(map(double, [1, 2, 3])))

def make_accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add

acc = make_accumulator()
print([acc(x) for x in [10, 20, 30]])

def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner

print(outer()())

def broken():
    count = 0
    def inc():
        count += 1
        return count
    return inc

try:
    broken()()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def bank(balance):
    def deposit(amt):
        nonlocal balance
        balance += amt
        return balance
    def withdraw(amt):
        nonlocal balance
        if amt > balance:
            raise ValueError("insufficient")
        balance -= amt
        return balance
    return deposit, withdraw

d, w = bank(100)
print(d(50), w(30), d(0))
w(500)
