class WithCall:
    def __call__(self):
        pass
print(callable(len), callable(print), callable(int), callable(lambda: 0), callable(WithCall()))
print(callable(1), callable("s"), callable(None), callable(WithCall), callable([].append))
