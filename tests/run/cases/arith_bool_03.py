class Bad:
    def __bool__(self):
        return 1

print("start")
if Bad():
    print("never")
