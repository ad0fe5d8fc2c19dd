"""Binary search over sorted sequences (pyco's own implementation of the documented
`bisect` API).

Both searches narrow a half-open window [lo, hi) until it is empty; they differ only in
which side of a run of equal items they settle on.  `key`, when given, is applied to the
probed items (never to `x`), as documented for 3.10.
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _search(seq, target, lo, hi, key, after_equal):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    end = len(seq) if hi is None else hi
    start = lo
    while start < end:
        probe = (start + end) // 2
        item = seq[probe] if key is None else key(seq[probe])
        # Going right means "the answer lies past probe".
        go_right = not (target < item) if after_equal else item < target
        if go_right:
            start = probe + 1
        else:
            end = probe
    return start


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """First index where x could go keeping `a` sorted (before any equal items)."""
    return _search(a, x, lo, hi, key, after_equal=False)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index just past the last item equal to x in sorted `a`."""
    return _search(a, x, lo, hi, key, after_equal=True)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted `a`, to the left of equal items."""
    probe = x if key is None else key(x)
    a.insert(_search(a, probe, lo, hi, key, after_equal=False), x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted `a`, to the right of equal items."""
    probe = x if key is None else key(x)
    a.insert(_search(a, probe, lo, hi, key, after_equal=True), x)


bisect = bisect_right
insort = insort_right
