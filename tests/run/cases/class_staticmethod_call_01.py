class Util:
    @staticmethod
    def parse(s):
        return s.split(",")
    def method(self):
        return "m"
print(Util.parse("a,b"), Util().parse("c"))
print(Util.method(Util()))
Util.method()
