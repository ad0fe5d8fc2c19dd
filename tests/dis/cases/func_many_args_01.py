def f(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p):
    return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p
