class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m, m.shout(), isinstance(m, str), type(m).__name__, m + "x", type(m + "x").__name__)
print(len(m), m == "hey", repr(m), m[1:])
print(str.upper(m), MyStr.__mro__)
