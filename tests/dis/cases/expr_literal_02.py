def f(x, y):
    return [x, y], (x, y), {x, y}, {x: y, y: x}
