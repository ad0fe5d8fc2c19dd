class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def add(self, child):
        self.children.append(child)
        return child

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

    def walk(self, level=0):
        yield level, self.value
        for c in self.children:
            yield from c.walk(level + 1)

    def find(self, value):
        if self.value == value:
            return self
        for c in self.children:
            found = c.find(value)
            if found is not None:
                return found
        return None


root = Node("root")
a = root.add(Node("a"))
b = root.add(Node("b"))
a.add(Node("a1")).add(Node("a1x"))
a.add(Node("a2"))
b.add(Node("b1"))
for level, v in root.walk():
    print("  " * level + v)
print("depth:", root.depth())
print(root.find("a1x").value, root.find("zz"))
print(sum(1 for _ in root.walk()))
print(root.find("b1").children)
print(root.find("missing").value)
