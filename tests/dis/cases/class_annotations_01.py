class C:
    x: int
    y: "list[str]" = []
    def f(self) -> None:
        z: int = 1
