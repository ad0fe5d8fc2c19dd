class Cfg:
    def __init__(self):
        self.timeout = 5
        self.retries = 2
c = Cfg()
print(c.timeout)
print(c.retry)
