class Cfg:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Cfg(), Cfg()
a.add(1); b.add(2)
print(Cfg.items, a.count, b.count, Cfg.count)
print("count" in a.__dict__, "items" in a.__dict__)
