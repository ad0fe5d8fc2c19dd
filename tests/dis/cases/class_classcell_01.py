class C:
    def m(self):
        super()
    x = 1
