class C:
    def method(self, x: int) -> int:
        return x
