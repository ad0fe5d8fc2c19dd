class L:
    def __len__(self):
        return 7
print(len("abc"), len([1, 2]), len({}), len(range(100)), len(b"xy"), len(L()), len({1, 2, 2}))
print(len(5))
