def f(x):
    if x:
        print(x)
def g(x):
    for i in x:
        pass
