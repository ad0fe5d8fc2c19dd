import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(100)
print(s, d)
print(s[1] is a[1], d[1] is a[1])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1)
n.children.append(Node(2))
n.children[0].children.append(n)
m = copy.deepcopy(n)
print(m.v, m.children[0].v, m.children[0].children[0] is m, m is not n)
class Custom:
    def __copy__(self):
        print("__copy__ called")
        return Custom()
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom()
copy.copy(Custom()); copy.deepcopy([Custom()])
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
