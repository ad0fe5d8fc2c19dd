class Widget:
    count = 0
    registry = []
    def __init__(self, name):
        Widget.count += 1
        self.id = Widget.count
        self.name = name
        Widget.registry.append(self)
    def __repr__(self):
        return f"Widget#{self.id}({self.name})"
    @classmethod
    def find(cls, name):
        return [w for w in cls.registry if w.name == name]
for n in ["a", "b", "a"]:
    Widget(n)
print(Widget.count, Widget.registry, Widget.find("a"), Widget.find("z"))
