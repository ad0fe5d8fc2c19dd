result = max(
    1,
    2,
    key=lambda v: (
        v
    ),
)
