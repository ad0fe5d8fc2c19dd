import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 150)
class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return "Node(" + repr(self.child) + ")"
try:
    repr(Node())
except RecursionError as e:
    print("repr:", e)
