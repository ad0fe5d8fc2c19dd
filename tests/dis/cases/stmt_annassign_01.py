x: int = 1
y: "str"
z: list[int] = []
