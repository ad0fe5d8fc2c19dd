# finally blocks run on close() and when the last reference goes away.
def fin(n):
    try:
        yield n
    finally:
        print("finally", n)

a = fin(1)
next(a)
del a
print("after del")

def user():
    b = fin(2)
    next(b)
    print("returning")

user()
print("after user")
for v in fin(3):
    break
print("after break")
c = fin(4)
next(c)
c = None
print("after rebind")
d = [fin(5)]
next(d[0])
d.clear()
print("after clear")
print("end of script")
