class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
class OnlyStr:
    def __str__(self):
        return "only str"
print(Both(), repr(Both()), str(Both()), [Both()], f"{Both()}", f"{Both()!r}")
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
print(repr(OnlyStr()))
