def f():
    import os
    import os.path
    import os.path as p
    from os import sep
    from . import rel
    from .x import y as z
    return os, p, sep, rel, z


class C:
    import json
    from os import path as __p
    import os.path as __osp


def g():
    global json
    import json
    from sys import argv as __a


try:
    import ujson as json
except ImportError:
    import json
else:
    pass
if json:
    from json import (
        dumps,
        loads,
    )
