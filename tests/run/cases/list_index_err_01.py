stack = [1, 2]
print(stack.pop(), stack.pop())
try:
    print(stack.pop())
except Exception as e:
    print(f"{type(e).__name__}: {e}")
