class Counter:
    def check(self):
        if self.count = 3:
            print("three")
