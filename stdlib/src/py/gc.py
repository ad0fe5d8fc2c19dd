"""gc: the garbage collector interface.

pyco frees objects by reference counting alone (cycles leak until a cycle collector
exists), and finalizers of objects that died run before the next instruction, so a
collection finds nothing more to free: collect() reports 0 objects.
"""

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_enabled = True
_threshold = (700, 10, 10)
_debug = 0


def _index(value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return int(value)


def collect(generation=2):
    """Run the garbage collection; returns the number of unreachable objects found."""
    if not 0 <= _index(generation) <= 2:
        raise ValueError('invalid generation')
    return 0


def enable():
    """Enable automatic garbage collection."""
    global _enabled
    _enabled = True


def disable():
    """Disable automatic garbage collection."""
    global _enabled
    _enabled = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _enabled


def get_count():
    """Return a three-tuple of the current collection counts."""
    return (0, 0, 0)


def get_threshold():
    """Return the current collection thresholds."""
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    """Set the collection thresholds (the second and third are optional)."""
    global _threshold
    t = list(_threshold)
    for i, v in enumerate((threshold0, threshold1, threshold2)):
        if v is not None:
            t[i] = _index(v)
    _threshold = tuple(t)


def get_debug():
    """Get the garbage collection debugging flags."""
    return _debug


def set_debug(flags):
    """Set the garbage collection debugging flags."""
    global _debug
    _debug = _index(flags)


def freeze():
    """Freeze all current tracked objects (nothing to do here)."""


def unfreeze():
    """Unfreeze all objects in the permanent generation."""


def get_freeze_count():
    """Return the number of objects in the permanent generation."""
    return 0
