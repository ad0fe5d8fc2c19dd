def f(x):
    await x
