import os

result = os.path.join(
    "a",
    "b",
    *[
        "c",
        "d",
    ],
    **{},
)

value = (
    os
    .path
    .join("x",
          "y")
    .upper()
    .strip(
    )
)

print(
    result, value,
    sep=(
        ", "
    ),
    end="\n"
)

data = dict(
    a=1,
    b=[
        2,
        3,
    ],
    c={
        "d": 4,
        "e": (
            5,
        ),
    },
)
