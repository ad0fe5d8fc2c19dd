# depth= limits how many levels of nested code objects are listed.
import dis


def level0():
    def level1():
        def level2():
            return [x for x in ()]
        return level2
    return level1


for depth in (0, 1, 2, None):
    print(f"=== depth={depth}")
    dis.dis(level0, depth=depth)
print("=== class with depth=0")


class K:
    def m(self):
        return lambda: 1


dis.dis(K, depth=0)
