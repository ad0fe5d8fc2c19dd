class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        if not self.children:
            return f"Tree({self.value})"
        return f"Tree({self.value}, {self.children!r})"
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
chain = Tree(0)
for i in range(1, 200):
    chain = Tree(i, [chain])
print(len(repr(chain)))
