import pprint
data = {'name': 'pyco', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'x': 'y' * 30}], 'b': (1, 2, 3), 'c': {3, 1, 2}}, 'empty': [], 'long_key_' * 3: 'value ' * 10}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint([{'id': i, 'tags': ['t%d' % j for j in range(i)]} for i in range(6)])
print(pprint.pformat({'b': 1, 'a': 2}), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
pprint.pprint((1, [2, 3] * 20,), width=60)
pprint.pprint(frozenset(range(30)), width=50)
pprint.pprint({'k': ('x' * 50, 'y' * 50)}, indent=4)
x = [1, 2]; x.append(x); print(pprint.pformat(x).split(" with ")[0])
pprint.pprint([[1] * 30, [2] * 30], depth=1)
print(pprint.saferepr({'z': 1, 'a': [3, 2]}), pprint.isreadable([1, 2]), pprint.isrecursive(x))
