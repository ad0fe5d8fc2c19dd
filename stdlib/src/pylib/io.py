"""io: StringIO, BytesIO, TextIOWrapper, buffered files and open(), over the raw file
layer in _io (which CPython's _io implements in C)."""

import _io

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


StringIO = _io.StringIO
BytesIO = _io.BytesIO


class FileIO(RawIOBase):
    """A binary file on disk (open(..., 'rb'/'wb'/...) returns one, unbuffered)."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        self.name = file
        self._raw = _io.open_raw(file, mode.replace("b", ""))
        self.mode = mode
        self._readable = "r" in mode or "+" in mode
        self._writable = "r" not in mode or "+" in mode

    def __repr__(self):
        return "<_io.%s name=%r mode=%r>" % (type(self).__name__, self.name, self.mode)

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check(self, ok, what):
        self._check_closed()
        if not ok:
            raise UnsupportedOperation(what)

    def read(self, size=-1):
        self._check(self._readable, "read")
        return self._raw.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readall(self):
        return self.read()

    def readline(self, size=-1):
        self._check(self._readable, "read")
        return self._raw.readline(-1 if size is None else size)

    def write(self, b):
        self._check(self._writable, "write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._raw.write(_io.to_bytes(b))

    def seek(self, pos, whence=0):
        self._check_closed()
        return self._raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self._raw.tell()

    def truncate(self, size=None):
        self._check_closed()
        return self._raw.truncate(size)

    def fileno(self):
        self._check_closed()
        return self._raw.fileno()

    def close(self):
        if not self._closed:
            self._raw.close()
        self._closed = True

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True


class BufferedReader(FileIO):
    pass


class BufferedWriter(FileIO):
    pass


class BufferedRandom(FileIO):
    pass


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: decodes on read (universal newlines), encodes on write
    (writes are buffered until flush, seek or close)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        self.encoding = encoding or "UTF-8"
        self.errors = errors or "strict"
        self._newline = newline
        self.line_buffering = line_buffering
        self._text = None
        self._tpos = 0
        self._pending = []

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return getattr(self, "_mode", "r")

    @property
    def closed(self):
        return self.buffer.closed

    def __repr__(self):
        r = "<_io.TextIOWrapper"
        try:
            r += " name=%r" % (self.name,)
        except AttributeError:
            pass
        if hasattr(self, "_mode"):
            r += " mode=%r" % (self._mode,)
        return r + " encoding=%r>" % (self.encoding,)

    def _check_closed(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def _decode(self, data):
        return _io.decode(data, self.encoding, self.errors, self._newline is None)

    def _load(self):
        """Reads the rest of the stream into the decoded text buffer."""
        if self._text is None:
            self.flush()
            self._text = self._decode(self.buffer.read())
            self._tpos = 0

    def read(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        self._load()
        t = self._text
        if size is None or size < 0:
            out = t[self._tpos:]
        else:
            out = t[self._tpos:self._tpos + size]
        self._tpos += len(out)
        return out

    def readline(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        self._load()
        t = self._text
        end = t.find("\n", self._tpos)
        end = len(t) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._tpos + size)
        out = t[self._tpos:end]
        self._tpos = end
        return out

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        if self._text is not None:
            # Switching from reading to writing: continue at the logical position.
            self._text = None
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self._pending.append(text)
        if self.line_buffering and "\n" in s:
            self.flush()
        return len(s)

    def flush(self):
        self._check_closed()
        if self._pending:
            data = "".join(self._pending).encode(self.encoding, self.errors)
            self._pending = []
            self.buffer.write(data)
        self.buffer.flush()

    def seek(self, pos, whence=0):
        self._check_closed()
        self.flush()
        self._text = None
        if whence == 1 and pos != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        return self.buffer.seek(pos, whence)

    def tell(self):
        self._check_closed()
        self.flush()
        if self._text is None:
            return self.buffer.tell()
        # Bytes consumed so far: the stream end minus the encoded unread text.
        rest = self._text[self._tpos:]
        return self.buffer.tell() - len(rest.encode(self.encoding, self.errors))

    def truncate(self, size=None):
        self.flush()
        return self.buffer.truncate(size)

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def detach(self):
        self.flush()
        b = self.buffer
        self.buffer = None
        return b


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, FileIO,
             BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper):
    _cls.__module__ = "_io"


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    modes = set(mode)
    if modes - set("axrwb+tU") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    kind = "x" if creating else "r" if reading else "w" if writing else "a"
    return kind + ("+" if "+" in modes else ""), binary


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if isinstance(file, int) or not isinstance(file, str):
        if isinstance(file, int):
            raise OSError("opening file descriptors is not supported")
        import os
        file = os.fspath(file)
        if not isinstance(file, str):
            raise TypeError("expected str, bytes or os.PathLike object, not "
                            + type(file).__name__)
    raw_mode, binary = _parse_mode(mode)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary:
        cls = BufferedReader if raw_mode == "r" else (
            BufferedRandom if "+" in raw_mode else BufferedWriter)
        f = cls(file, raw_mode)
        f.mode = mode
        return f
    raw = FileIO(file, raw_mode)
    raw.mode = raw_mode.replace("+", "") + "b" + ("+" if "+" in raw_mode else "")
    t = TextIOWrapper(raw, encoding or "UTF-8", errors, newline,
                      line_buffering=(buffering == 1))
    t._mode = mode
    return t


open_code = open
