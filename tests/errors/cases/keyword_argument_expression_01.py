def show(**kw):
    print(kw)
show(user.name="ada")
