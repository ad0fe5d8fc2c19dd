def walk(node):
    return walk(node + 1)
print("start")
try:
    walk(0)
except RecursionError as e:
    print("RecursionError:", e)
print("recovered, still working:", sum(range(10)))
def again(n):
    return again(n) if n else 0
try:
    again(1)
except RecursionError as e:
    print("again:", e)
