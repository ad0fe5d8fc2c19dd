inventory = {"apples": 10, "bananas": 5, "cherries": 0}
inventory["dates"] = 7
inventory["apples"] -= 3
print(inventory)
print(inventory.get("figs"), inventory.get("figs", 0), "bananas" in inventory)
for k, v in inventory.items():
    print(f"{k:>10}: {v:3d}")
print(list(inventory), list(inventory.values()))
removed = inventory.pop("cherries")
print(removed, inventory.pop("nothing", "default"))
print(inventory.setdefault("eggs", 12), inventory.setdefault("apples", 100))
inventory.update({"apples": 1, "grapes": 4}, kiwis=2)
print(inventory)
print(inventory.popitem(), len(inventory))
merged = {**inventory, "zz": 0}
print(merged == inventory, merged | {"a": 1} == {**merged, "a": 1})
copy = dict(inventory)
copy.clear()
print(copy, len(inventory))
print(dict.fromkeys("abc", 0), dict([("x", 1), ("y", 2)]), dict(a=1, b=2))
print(sorted(inventory, key=inventory.get, reverse=True))
print({k: v for k, v in inventory.items() if v > 3})
del inventory["apples"]
print(inventory)
print(inventory["apples"])
