class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

    @staticmethod
    def leaves(tree):
        if not tree.children:
            yield tree.value
            return
        for c in tree.children:
            yield from Tree.leaves(c)

    @classmethod
    def build(cls, spec):
        value, *kids = spec
        return cls(value, (cls.build(k) for k in kids))


t = Tree.build((1, (2, (4,)), (3,)))
print(list(t), list(t.walk()), list(Tree.leaves(t)))
