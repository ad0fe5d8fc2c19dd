class A:
    def go(self):
        return "A.go"
class B(A):
    def go(self):
        return super().go() + "/B"
    def stop(self):
        return super().stop()
print(B().go())
B().stop()
