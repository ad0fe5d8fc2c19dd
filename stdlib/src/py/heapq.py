"""Min-heaps kept in ordinary lists (pyco's own implementation of the documented `heapq`
API).

Invariant: for every index i, heap[i] <= heap[2*i+1] and heap[i] <= heap[2*i+2].  Only `<`
is ever used to compare items.  The exact sift strategy is part of the observable
behaviour (scripts print heaps), so pops use the "sink to a leaf, then float back up"
scheme that yields the same layouts as the reference implementation.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _require_list(func, heap, which='argument'):
    # The C versions only accept real lists and say so in this form.
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f'{func}() {which} must be list, not {got}')


def _float_up(heap, floor, idx):
    """Move heap[idx] towards the root (not above `floor`) while it beats its parent."""
    moving = heap[idx]
    while idx > floor:
        up = (idx - 1) // 2
        if not moving < heap[up]:
            break
        heap[idx] = heap[up]
        idx = up
    heap[idx] = moving


def _sink(heap, idx):
    """Restore the invariant below idx: pull the smaller child up level by level until a
    leaf is reached, put the displaced item there and let it float back up.  This costs
    fewer comparisons than stopping early, since displaced items are usually large."""
    size = len(heap)
    top = idx
    moving = heap[idx]
    child = 2 * idx + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not heap[child] < heap[sibling]:
            child = sibling
        heap[idx] = heap[child]
        idx = child
        child = 2 * idx + 1
    heap[idx] = moving
    _float_up(heap, top, idx)


def heappush(heap, item, /):
    """Add item, keeping the heap invariant."""
    _require_list('heappush', heap, 'argument 1')
    heap.append(item)
    _float_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item."""
    _require_list('heappop', heap)
    if not heap:
        raise IndexError('index out of range')
    tail = heap.pop()
    if not heap:
        return tail
    smallest, heap[0] = heap[0], tail
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item (the heap never shrinks in between)."""
    _require_list('heapreplace', heap, 'argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest, heap[0] = heap[0], item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop the smallest: item itself comes back when nothing beats it."""
    _require_list('heappushpop', heap, 'argument 1')
    if not heap or not heap[0] < item:
        return item
    smallest, heap[0] = heap[0], item
    _sink(heap, 0)
    return smallest


def heapify(x, /):
    """Rearrange list x into a heap in place, in linear time."""
    _require_list('heapify', x)
    # Leaves are already heaps; fix every inner node, deepest first.
    for idx in range(len(x) // 2 - 1, -1, -1):
        _sink(x, idx)


class _Head:
    """The current front value of one merge input.  Orders by key, then by input number
    so that equal keys come out in input order (merge is stable)."""

    __slots__ = ('key', 'rank', 'value', 'rest', 'flip')

    def __init__(self, rank, rest, flip):
        self.rank = rank
        self.rest = rest
        self.flip = flip

    def __lt__(self, other):
        mine, theirs = (other.key, self.key) if self.flip else (self.key, other.key)
        if mine < theirs:
            return True
        if theirs < mine:
            return False
        return self.rank < other.rank


def merge(*iterables, key=None, reverse=False):
    """Lazily merge already-sorted inputs into one sorted stream."""
    pending = []
    for rank, source in enumerate(iterables):
        head = _Head(rank, iter(source), reverse)
        if _advance(head, key):
            pending.append(head)
    heapify(pending)
    while pending:
        head = pending[0]
        yield head.value
        if _advance(head, key):
            heapreplace(pending, head)
        else:
            heappop(pending)


def _advance(head, key):
    """Load the next value of head's input; False once that input is exhausted."""
    for value in head.rest:
        head.value = value
        head.key = value if key is None else key(value)
        return True
    return False


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (ties keep their input order)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (ties keep their input order)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
