# Generators: in-order traversal of binary trees by recursive `yield from`.


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build(lo, hi):
    """A balanced tree holding lo..hi-1."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def depths(node, depth=0):
    if node is None:
        return 0
    yield depth
    left = yield from depths(node.left, depth + 1)
    right = yield from depths(node.right, depth + 1)
    return 1 + left + right


def main():
    tree = build(0, 1 << 17)
    checksum = 0
    for rnd in range(4):
        total = 0
        count = 0
        for v in inorder(tree):
            total += v
            count += 1
        checksum += total + count
        gen = depths(tree)
        deepest = 0
        try:
            while True:
                deepest = max(deepest, next(gen))
        except StopIteration as stop:
            size = stop.value
        checksum += deepest + size
        print("round", rnd, count, total, deepest, size)
    print("checksum", checksum)


main()
