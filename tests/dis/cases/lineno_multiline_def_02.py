@decorator(
    1,
)
def f(
    a: int,
) -> None:
    pass
