class Util:
    @staticmethod
    def parse(s):
        return s.split(",")
    def method(self):
        return "m"
print(Util.parse("a,b"), Util().parse("c"))
print(Util.method(Util()))
try:
    Util.method()
except Exception as e:
    print(f"{type(e).__name__}: {e}")
