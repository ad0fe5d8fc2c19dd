# Graph algorithms on dicts
graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F"],
    "F": [],
}

def bfs(g, start):
    from collections import deque
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nb in g[node]:
            if nb not in seen:
                seen.add(nb)
                q.append(nb)
    return order

def dfs(g, node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in g[node]:
        if nb not in seen:
            dfs(g, nb, seen)
    return seen

def shortest_path(g, a, b):
    prev = {a: None}
    frontier = [a]
    while frontier:
        nxt = []
        for n in frontier:
            for nb in g[n]:
                if nb not in prev:
                    prev[nb] = n
                    nxt.append(nb)
        frontier = nxt
    if b not in prev:
        return None
    path = [b]
    while prev[path[-1]] is not None:
        path.append(prev[path[-1]])
    return path[::-1]

def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for nb in g[n]:
            indeg[nb] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for nb in g[n]:
            indeg[nb] -= 1
            if indeg[nb] == 0:
                ready.append(nb)
                ready.sort()
    return out

print(bfs(graph, "A"), dfs(graph, "A"))
print(shortest_path(graph, "A", "F"), shortest_path(graph, "D", "A"))
print(topo(graph))
weights = {("A", "B"): 4, ("A", "C"): 1, ("C", "B"): 2, ("B", "D"): 5, ("C", "D"): 8}
import heapq
def dijkstra(start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for (x, y), w in weights.items():
            if x == u and d + w < dist.get(y, float("inf")):
                dist[y] = d + w
                heapq.heappush(pq, (d + w, y))
    return dist
print(dijkstra("A"))
print(bfs(graph, "Z"))
