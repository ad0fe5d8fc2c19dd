count = 0
while 1:
    count += 1
    if count == 1000:
        break
print(count)
items = [3, 2, 1]
while items:
    print(items.pop())
print(items)
