class NotCM:
    pass
print("before")
with NotCM():
    pass
