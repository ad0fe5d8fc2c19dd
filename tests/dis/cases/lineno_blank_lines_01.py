x = 1


y = 2



def f():

    return x


z = 3
