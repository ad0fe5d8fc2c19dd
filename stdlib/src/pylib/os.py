"""os: operating system interfaces over the native _os module (CPython's posix)."""

import sys
import _os
import posixpath as path
from _os import (getcwd, getpid, getppid, cpu_count, urandom, strerror, _exit, access,
                 close, read, write, O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL,
                 O_TRUNC, O_NOFOLLOW, O_CLOEXEC, O_NONBLOCK, O_DIRECTORY)

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = "\n"
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
error = OSError


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    try:
        f = type(p).__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__) from None
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(r).__name__))


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


class _Environ(dict):
    """os.environ: a dict whose changes reach the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _os.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _os.unsetenv(key)

    def __repr__(self):
        return "environ(" + dict.__repr__(self) + ")"

    def copy(self):
        return dict(self)


environ = _Environ(_os.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def chdir(path):
    _os.chdir(fspath(path))


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _os.open(fspath(path), flags, mode)


def listdir(path="."):
    return _os.listdir(fspath(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(fspath(path), mode)


def rmdir(path, *, dir_fd=None):
    _os.rmdir(fspath(path))


def remove(path, *, dir_fd=None):
    _os.remove(fspath(path))


unlink = remove


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(fspath(src), fspath(dst))


replace = rename


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _os.chmod(fspath(path), mode)


def readlink(path, *, dir_fd=None):
    return _os.readlink(fspath(path))


class stat_result(tuple):
    n_sequence_fields = 10

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7])
    st_mtime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime")
        vals = [v if i < 7 else int(v) for i, v in enumerate(self)]
        return "os.stat_result(%s)" % ", ".join("%s=%r" % nv for nv in zip(names, vals))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    path = fspath(path)
    return stat_result(_os.stat(path) if follow_symlinks else _os.lstat(path))


def lstat(path, *, dir_fd=None):
    return stat_result(_os.lstat(fspath(path)))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    columns = int(environ.get("COLUMNS", 80))
    lines = int(environ.get("LINES", 24))
    return terminal_size((columns, lines))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])
