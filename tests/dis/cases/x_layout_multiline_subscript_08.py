import numpy as np
a = np.zeros((3, 3))
b = a[
    1:2,
    ::-1,
]
c = a[
    0
][
    1
]
a[
    0,
    1
] = (
    5
)
d = {"k": [1, 2, 3]}
e = d[
    "k"
][
    1:
    2
]
del a[
    0
]
a[0] += \
    1
