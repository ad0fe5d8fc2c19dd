inventory = {}
for item in ["apple", "pear", "apple", "fig", "apple"]:
    inventory[item] = inventory.get(item, 0) + 1
print(inventory)
index = {}
for i, word in enumerate("to be or not to be".split()):
    index.setdefault(word, []).append(i)
print(index)
print(inventory.keys() - {"apple"} == {"pear", "fig"}, sorted(inventory.items(), key=lambda kv: kv[1]))
