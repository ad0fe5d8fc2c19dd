data = [
    1,
    2,
    3,
]
mapping = {
    "a": 1,
    "b": [
        2,
    ],
}
