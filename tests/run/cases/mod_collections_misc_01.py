from collections import ChainMap, UserDict, UserList
base = {"a": 1, "b": 2}
override = {"b": 20}
cm = ChainMap(override, base)
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 3
print(override, cm.new_child({"a": 0})["a"])
class Loud(UserDict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
u = Loud(x=1)
u["y"] = 2
print(u, len(u), isinstance(u, dict))
ul = UserList([3, 1])
ul.sort()
print(ul, ul + [5])
