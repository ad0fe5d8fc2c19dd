class L:
    def __len__(self):
        return 7
print(len("abc"), len([1, 2]), len({}), len(range(100)), len(b"xy"), len(L()), len({1, 2, 2}))
try:
    print(len(5))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
