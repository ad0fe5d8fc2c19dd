"""Temporary files and directories, written for pyco from the behaviour documented for
Python 3.10's `tempfile` (str paths only): gettempdir, mkstemp, mkdtemp, mktemp,
NamedTemporaryFile, TemporaryFile and TemporaryDirectory."""

import errno as _errno
import os as _os
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp",
           "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir"]

TMP_MAX = 10000          # how many names to try before giving up
template = "tmp"         # the default prefix
tempdir = None           # the default directory, found on first use unless set

# Exclusive creation, never through a symlink.
_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW
_NAME_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"


class _NameGenerator:
    """Endless random 8-character names (its own generator, so that seeding the random
    module does not make temporary names predictable)."""

    def __init__(self):
        self._rng = _random.Random()

    def __iter__(self):
        return self

    def __next__(self):
        pick = self._rng.choice
        return ''.join([pick(_NAME_ALPHABET) for _ in range(8)])


_names = None


def _name_source():
    global _names
    if _names is None:
        _names = _NameGenerator()
    return _names


def _attempts(directory, prefix, suffix):
    """TMP_MAX candidate paths in directory."""
    names = _name_source()
    for _ in range(TMP_MAX):
        yield _os.path.join(directory, prefix + next(names) + suffix)


def _create_unique(directory, prefix, suffix, create, what):
    """Calls create(path) on fresh candidate paths until one does not exist yet;
    returns (create's result, path)."""
    for path in _attempts(directory, prefix, suffix):
        try:
            return create(path), path
        except FileExistsError:
            continue
        except PermissionError:
            # Windows-style denial for an existing name: retry only if the directory is
            # really there, else the error is genuine.
            if _os.path.isdir(directory):
                continue
            raise
    raise FileExistsError(_errno.EEXIST, "No usable temporary %s name found" % what)


def _candidate_dirs():
    """Where to look for a temporary directory: $TMPDIR, $TEMP, $TMP, then the usual
    system places, then the current directory."""
    found = [_os.getenv(var) for var in ('TMPDIR', 'TEMP', 'TMP')]
    found = [d for d in found if d]
    found += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        found.append(_os.getcwd())
    except OSError:
        found.append(_os.curdir)
    return found


def _can_write_in(directory):
    """True if a scratch file can be created in directory, False if not, None if the
    random name was taken (try again)."""
    probe = _os.path.join(directory, next(_name_source()))
    try:
        fd = _os.open(probe, _CREATE_FLAGS, 0o600)
    except FileExistsError:
        return None
    except PermissionError:
        return None if _os.path.isdir(directory) else False
    except OSError:
        return False
    try:
        try:
            _os.write(fd, b'blat')
        finally:
            _os.close(fd)
        _os.unlink(probe)
    except OSError:
        return False
    return True


def _find_tempdir():
    candidates = _candidate_dirs()
    for directory in candidates:
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        for _ in range(100):
            usable = _can_write_in(directory)
            if usable is not None:
                break
        if usable:
            return directory
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % candidates)


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def gettempdir():
    """The default directory for temporary files (found once, then cached in
    `tempdir`)."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def _resolve(prefix, suffix, dir):
    """Fills in the defaults of the (suffix, prefix, dir) arguments."""
    for part in (prefix, suffix, dir):
        if part is not None and not isinstance(part, (str, _os.PathLike)):
            raise TypeError("Can't mix bytes and non-bytes in path components.")
    return (template if prefix is None else prefix, suffix or "",
            _os.fspath(gettempdir() if dir is None else dir))


def _open_new(path):
    return _os.open(path, _CREATE_FLAGS, 0o600)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a file only its creator may read and write; returns (fd, absolute
    path). The caller closes and deletes it. (`text` changes nothing on POSIX.)"""
    prefix, suffix, dir = _resolve(prefix, suffix, dir)
    dir = _os.path.abspath(dir)
    return _create_unique(dir, prefix, suffix, _open_new, "file")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a directory only its creator may use; returns its absolute path. The
    caller deletes it."""
    prefix, suffix, dir = _resolve(prefix, suffix, dir)
    _, path = _create_unique(dir, prefix, suffix, lambda p: _os.mkdir(p, 0o700),
                             "directory")
    return _os.path.abspath(path)


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when asked (racy: prefer mkstemp)."""
    for path in _attempts(gettempdir() if dir is None else dir, prefix, suffix):
        if not _os.path.exists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object (attributes are forwarded to `file`) whose file is deleted when it
    is closed, if `delete` is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._released = False

    def __getattr__(self, attr):
        return getattr(self.__dict__['file'], attr)

    def __iter__(self):
        # A generator of our own, so that the wrapper (and its deletion) stays alive
        # while iterating.
        yield from self.file

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc_info):
        outcome = self.file.__exit__(*exc_info)
        self.close()
        return outcome

    def close(self):
        if self._released:
            return
        self._released = True
        try:
            self.file.close()
        finally:
            if self.delete:
                _remove_quietly(self.name)

    def __del__(self):
        self.close()


def _remove_quietly(path):
    try:
        _os.unlink(path)
    except FileNotFoundError:
        pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (`.name`), deleted on close by default."""
    fd, path = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    try:
        file = open(path, mode, buffering=buffering, encoding=encoding, newline=newline,
                    errors=errors)
    except BaseException:
        _os.unlink(path)
        raise
    return _TemporaryFileWrapper(file, path, delete)


# Without O_TMPFILE support the anonymous file is a named one that is deleted on close.
TemporaryFile = NamedTemporaryFile


def _remove_tree(top, ignore_errors):
    """Deletes a directory and everything below it (what shutil.rmtree does)."""
    try:
        for parent, subdirs, files in _os.walk(top, topdown=False):
            for entry in files:
                _os.unlink(_os.path.join(parent, entry))
            for entry in subdirs:
                path = _os.path.join(parent, entry)
                (_os.unlink if _os.path.islink(path) else _os.rmdir)(path)
        _os.rmdir(top)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """A fresh directory that is removed with its contents by cleanup(), at the end of
    a `with` block (which gives its name), or when the object is collected."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        self.cleanup()

    def cleanup(self):
        if self._removed or not _os.path.exists(self.name):
            return
        self._removed = True
        _remove_tree(self.name, self._ignore_cleanup_errors)

    def __del__(self):
        if not self._removed:
            self._removed = True
            _remove_tree(self.name, True)
