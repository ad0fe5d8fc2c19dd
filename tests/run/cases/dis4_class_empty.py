# Classes and instances without code in their namespace print nothing at all.
import dis


class Empty:
    pass


class Data:
    x = 1
    y = (1, 2)


dis.dis(Empty)
dis.dis(Data)
d = Data()
d.value = 3
dis.dis(d)
print("nothing above")


class WithInstanceFunc:
    pass


w = WithInstanceFunc()
w.helper = lambda: 5
dis.dis(w)
