class C:
    def __iter__(self):
        yield from self.items
    def items(self):
        yield self
