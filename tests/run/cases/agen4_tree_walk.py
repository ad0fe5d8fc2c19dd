def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children


async def walk(node, depth=0):
    yield depth, node.value
    for child in node.children:
        async for item in walk(child, depth + 1):
            yield item


async def main():
    tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b", Node("b1", Node("deep"))))
    async for depth, value in walk(tree):
        print("  " * depth + value)
    print(len([v async for v in walk(tree)]))


run(main())
