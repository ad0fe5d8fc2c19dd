def scale(values: list[float], factor: float = 2.0) -> list[float]:
    return [v * factor for v in values]
print(scale([1, 2.5]), scale([1], factor=0.5))
print(scale.__annotations__["factor"], scale.__defaults__)
def opt(x: "int | None" = None) -> str:
    return "none" if x is None else str(x)
print(opt(), opt(3), opt.__annotations__)
