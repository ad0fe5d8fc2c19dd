class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def __call__(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]
bus = Dispatcher()
@bus.on("greet")
def hello(name):
    return f"hello {name}"
@bus.on("greet")
def hi(name):
    return f"hi {name}"
print(bus("greet", "bo"), bus("other"), sorted(bus.handlers))
