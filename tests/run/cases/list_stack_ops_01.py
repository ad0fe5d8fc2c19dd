stack = []
for ch in "abc":
    stack.append(ch)
    print(stack)
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
queue.insert(0, 0)
print(queue.pop(0), queue, queue.pop(-2))
nested = [[1, 2], [3, 4]]
flat = [x for sub in nested for x in sub]
print(flat, sum(nested, []), list(zip(*nested)))
