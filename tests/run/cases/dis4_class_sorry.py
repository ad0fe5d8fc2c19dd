# A class entry that looks like code but holds none: dis prints "Sorry: ..." and goes on.
import dis


class Odd:
    broken = staticmethod(42)

    def fine(self):
        return 1


dis.dis(Odd)
print("done")
