class C:
    a: int
    b: str = "b"
    c: list = []
