def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 7)
n = 0
while n < 3:
    n += 1
else:
    print("while else ran", n)
for _ in []:
    pass
else:
    print("empty loop else")
