total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
else:
    print("done")
while total > 0:
    total -= 7
    if total < 3:
        break
try:
    for line in open(__file__):
        print(line)
        break
except OSError as e:
    print(e)
with open(__file__) as f:
    for line in f:
        pass
