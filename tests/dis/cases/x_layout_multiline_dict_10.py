config = {
    "name": "app",
    "version": (1,
                2),
    "deps": [
        "a",
        "b",
    ],
    **{
        "extra": True,
    },
    "nested": {
        "deep": {
            "deeper": None,
        },
    },
    "computed": len(
        "abc"
    ),
}
keys = {
    k
    : v for k, v in config.items()
}
