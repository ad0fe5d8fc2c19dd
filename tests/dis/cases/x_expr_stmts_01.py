1
"string"
b"bytes"
...
None
True
-1
1 + 1
(1, 2)
(1, x)
[1, 2]
{1: 2}
{1, 2}
f"fstring"
f"{x}"
x
x.attr
x[0]
x[1:2]
-x
not x
x if y else z
x and y
x or 1
lambda: 0
(yield_ := 1)
x < y < z
x == 1
"a" "b"
(-1, -2)
1j
-1.5
(...)
((()))
def f():
    1
    "two"
    None
    x
    -x
    (1, 2)
    yield
    (yield)
    await_ = 0
