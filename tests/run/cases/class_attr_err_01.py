class Config:
    def __init__(self):
        self.verbose = True
c = Config()
print(c.verbose)
print(c.verbos)
