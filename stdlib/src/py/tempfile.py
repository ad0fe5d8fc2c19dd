"""Temporary files and directories (the core of CPython 3.10's tempfile for str paths):
gettempdir, mkstemp, mkdtemp, mktemp, NamedTemporaryFile, TemporaryFile and
TemporaryDirectory."""

import errno as _errno
import os as _os
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp",
           "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_bin_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW


class _RandomNameSequence:
    """An endless sequence of unpredictable 8-character names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = _random.Random()

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self._rng.choice(self.characters) for _ in range(8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    """The directories to try, in order: $TMPDIR, $TEMP, $TMP, the usual places, cwd."""
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory where a file can really be created."""
    namer = _get_candidate_names()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            name = next(namer)
            filename = _os.path.join(dir, name)
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except PermissionError:
                if _os.path.isdir(dir):
                    continue
                break
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % dirlist)


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def gettempdir():
    """The default directory for temporary files (found once, then cached)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def _sanitize_params(prefix, suffix, dir):
    for arg in (prefix, suffix, dir):
        if arg is not None and not isinstance(arg, (str, _os.PathLike)):
            raise TypeError("Can't mix bytes and non-bytes in path components.")
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def _mkstemp_inner(dir, pre, suf, flags):
    """Creates a new file exclusively; returns (fd, absolute path)."""
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.path.isdir(dir):
                continue
            raise
        return fd, file
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a temporary file readable and writable only by its creator; return
    (fd, absolute path). The caller must close and delete it."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _bin_openflags)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a temporary directory and return its absolute path. The caller must
    delete it."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.path.isdir(dir):
                continue
            raise
        return _os.path.abspath(file)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name for a file that did not exist when asked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object whose file is deleted when it is closed (if `delete`)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __del__(self):
        self.close()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (`.name`), deleted on close by default."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags)
    _os.close(fd)
    try:
        file = open(name, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


TemporaryFile = NamedTemporaryFile


def _rmtree(path, ignore_errors=False):
    """Remove a directory tree (shutil.rmtree's job)."""
    try:
        for root, dirs, files in _os.walk(path, topdown=False):
            for name in files:
                _os.unlink(_os.path.join(root, name))
            for name in dirs:
                full = _os.path.join(root, name)
                if _os.path.islink(full):
                    _os.unlink(full)
                else:
                    _os.rmdir(full)
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """A temporary directory, removed with its contents by `cleanup()`, at the end of a
    `with` block, or when the object is collected. `with` gives the directory's name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.exists(self.name):
            self._done = True
            _rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not self._done:
            self._done = True
            _rmtree(self.name, ignore_errors=True)
