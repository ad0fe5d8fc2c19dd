def ends_if(x):
    if x:
        print(1)
    else:
        print(2)


def ends_if_no_else(x):
    if x:
        print(1)


def ends_for(xs):
    for x in xs:
        print(x)


def ends_while(x):
    while x:
        x -= 1


def ends_with(cm):
    with cm:
        print(cm)


def ends_try_except(f):
    try:
        f()
    except ValueError:
        print("ve")


def ends_try_except_else(f):
    try:
        f()
    except ValueError:
        print("ve")
    else:
        print("ok")


def ends_try_finally(f):
    try:
        f()
    finally:
        print("fin")


def ends_nested(xs):
    for x in xs:
        if x:
            with x:
                try:
                    pass
                except:
                    pass


def ends_for_else(xs):
    for x in xs:
        if x:
            break
    else:
        print("else")


def ends_while_true():
    while True:
        pass


def ends_elif(x):
    if x == 1:
        pass
    elif x == 2:
        pass
    elif x == 3:
        print(3)
