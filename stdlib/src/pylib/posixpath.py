"""posixpath (os.path): CPython 3.10's pure-Python path functions for str paths."""

import _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "realpath", "supports_unicode_filenames", "relpath", "commonpath"]

supports_unicode_filenames = False


def _fspath(p):
    import os
    return os.fspath(p)


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith("/")


def _check_arg_types(funcname, *args):
    """Raise the TypeError for a non-path argument or for mixed str and bytes."""
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def join(a, *p):
    a = _fspath(a)
    sep = b"/" if isinstance(a, bytes) else "/"
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def _stat(path):
    try:
        return _os.stat(_fspath(path))
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    try:
        _os.lstat(_fspath(path))
    except (OSError, ValueError):
        return False
    return True


def isdir(s):
    st = _stat(s)
    return st is not None and (st[0] & 0o170000) == 0o040000


def isfile(path):
    st = _stat(path)
    return st is not None and (st[0] & 0o170000) == 0o100000


def islink(path):
    try:
        st = _os.lstat(_fspath(path))
    except (OSError, ValueError):
        return False
    return (st[0] & 0o170000) == 0o120000


def ismount(path):
    return abspath(path) == "/"


def getsize(filename):
    return _os.stat(_fspath(filename))[6]


def getatime(filename):
    return _os.stat(_fspath(filename))[7]


def getmtime(filename):
    return _os.stat(_fspath(filename))[8]


def getctime(filename):
    return _os.stat(_fspath(filename))[9]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    a = _os.stat(_fspath(f1))
    b = _os.stat(_fspath(f2))
    return a[1] == b[1] and a[2] == b[2]


def sameopenfile(fp1, fp2):
    raise NotImplementedError("sameopenfile is not supported")


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = _os.environ.get("HOME")
        if userhome is None:
            return path
    else:
        return path
    userhome = userhome.rstrip("/")
    return (userhome + path[i:]) or "/"


def expandvars(path):
    path = _fspath(path)
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        j = i + 1
        if j < n and path[j] == "{":
            k = path.find("}", j)
            if k < 0:
                out.append(path[i:])
                break
            name = path[j + 1:k]
            end = k + 1
        else:
            k = j
            while k < n and (path[k].isalnum() or path[k] == "_"):
                k += 1
            name = path[j:k]
            end = k
        if name and name in _os.environ:
            out.append(_os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return "".join(out)


def normpath(path):
    path = _fspath(path)
    if path == "":
        return "."
    initial_slashes = path.startswith("/")
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if (comp != ".." or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == "..")):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = "/".join(comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename):
    path = abspath(filename)
    parts = path.split("/")
    resolved = "/"
    for i, part in enumerate(parts[1:], 1):
        newpath = join(resolved, part)
        if islink(newpath):
            target = _os.readlink(newpath)
            resolved = realpath(join(resolved, target))
        else:
            resolved = newpath
    return normpath(resolved)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    split_paths = [path.split(sep) for path in paths]
    try:
        isabs, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs else sep[:0]
    return prefix + sep.join(common)
