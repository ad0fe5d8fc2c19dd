# A property holds functions but is not itself code: dis reaches its fget explicitly.
import dis


class T:
    @property
    def value(self):
        return 42


try:
    dis.dis(T.__dict__["value"])
except TypeError as e:
    print("TypeError:", e)
dis.dis(T.value.fget)
