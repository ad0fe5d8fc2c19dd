data = {"user": "kim", "count": 3}
print("{user} has {count}".format_map(data))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{user} and {other}".format_map(Default(data)))
print("{0}{1}{0}".format("ab", "cd"))
print("{:d}".format(True), "{!r:>6}".format("x"))
