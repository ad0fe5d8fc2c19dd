def plot(**kw):
    pass
plot(x=1, color="red", color="blue")
