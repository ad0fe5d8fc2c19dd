"""Text wrapping and filling, written for pyco from the behaviour documented for Python
3.10's `textwrap`: TextWrapper, wrap, fill, shorten, dedent and indent."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these ASCII characters count as whitespace when wrapping (not all of str.isspace).
_SPACES = frozenset(' \t\n\x0b\x0c\r')


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit.
    return _is_word_char(c) and not c.isdecimal()


def _ends_word(c):
    # Characters after which a run of dashes reads as an em-dash.
    return _is_word_char(c) or c in '!"\'&.,?'


def _dash_run_before_word(word, i):
    """Whether word[i:] starts with two or more '-' followed by a word character."""
    j = i
    while j < len(word) and word[j] == '-':
        j += 1
    return j - i >= 2 and j < len(word) and _is_word_char(word[j])


def _letter_at(word, i):
    return 0 <= i < len(word) and _is_letter(word[i])


def _breakable_hyphen(word, i):
    """Whether a line may break after the '-' at word[i]: it follows two letters (or a
    letter-hyphen-letter) and precedes a letter, optionally hyphen, then a letter."""
    before = (_letter_at(word, i - 1) and _letter_at(word, i - 2)) or (
        _letter_at(word, i - 1) and i >= 2 and word[i - 2] == '-' and _letter_at(word, i - 3))
    if not before or not _letter_at(word, i + 1):
        return False
    return _letter_at(word, i + 2) or (
        i + 2 < len(word) and word[i + 2] == '-' and _letter_at(word, i + 3))


def _hyphenated_parts(word):
    """Splits a whitespace-free word where a line may break: after the hyphens of
    compound words ('long-' 'winded') and around em-dashes ('this' '--' 'that')."""
    parts = []
    start = 0
    while start < len(word):
        if start and _ends_word(word[start - 1]) and _dash_run_before_word(word, start):
            end = start
            while word[end] == '-':
                end += 1
        else:
            end = _part_end(word, start)
        parts.append(word[start:end])
        start = end
    return parts


def _part_end(word, start):
    """Where the word part beginning at start ends: the shortest piece that ends with a
    breakable hyphen, at the end of the word, or just before an em-dash."""
    pos = start + 1
    while pos < len(word):
        if word[pos] == '-' and _breakable_hyphen(word, pos):
            return pos + 1
        if _ends_word(word[pos - 1]) and _dash_run_before_word(word, pos):
            return pos
        pos += 1
    return len(word)


def _split_runs(text):
    """Alternating runs of whitespace and of other characters."""
    runs = []
    start = 0
    while start < len(text):
        blank = text[start] in _SPACES
        end = start + 1
        while end < len(text) and (text[end] in _SPACES) == blank:
            end += 1
        runs.append(text[start:end])
        start = end
    return runs


def _is_blank(chunk):
    return chunk.strip() == ''


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then '.', '!' or '?', then maybe a closing quote."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs: the text is cut into chunks (words, whitespace runs, the parts
    of hyphenated words) that are packed greedily into lines of at most `width`
    columns. Every option is a plain attribute that may be changed between calls."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        options = dict(locals())
        del options['self']
        vars(self).update(options)

    # -- chunking -------------------------------------------------------------------------

    def _prepare(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _SPACES else c for c in text)
        return text

    def _chunks(self, text):
        chunks = []
        for run in _split_runs(self._prepare(text)):
            if self.break_on_hyphens and run[0] not in _SPACES:
                chunks.extend(_hyphenated_parts(run))
            else:
                chunks.append(run)
        if self.fix_sentence_endings:
            # Two spaces after a sentence end.
            i = 0
            while i + 1 < len(chunks):
                if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                    chunks[i + 1] = '  '
                    i += 1
                i += 1
        return chunks

    # -- packing --------------------------------------------------------------------------

    def _check_options(self):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is None:
            return
        first = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
        if len(first) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError('placeholder too large for max width')

    def _pack(self, chunks):
        self._check_options()
        lines = []
        pos = 0
        while pos < len(chunks):
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and _is_blank(chunks[pos]):
                # A line never starts with the whitespace that ended the previous one.
                pos += 1
            line, pos = self._fill_line(chunks, pos, room)
            if self.drop_whitespace and line and _is_blank(line[-1]):
                line.pop()
            if not line:
                continue
            used = sum(map(len, line))
            if self._line_allowed(lines, chunks, pos, used, room):
                lines.append(prefix + ''.join(line))
            else:
                self._truncate(lines, line, used, prefix, room)
                break
        return lines

    def _fill_line(self, chunks, pos, room):
        """Takes the chunks that fit in room from pos on; returns them and the new pos.
        A chunk longer than a whole line is cut (or, if long words must not be broken,
        put alone on a line)."""
        line = []
        used = 0
        while pos < len(chunks) and used + len(chunks[pos]) <= room:
            used += len(chunks[pos])
            line.append(chunks[pos])
            pos += 1
        if pos < len(chunks) and len(chunks[pos]) > room:
            word = chunks[pos]
            if self.break_long_words:
                cut = self._cut_point(word, room - used if room >= 1 else 1)
                line.append(word[:cut])
                chunks[pos] = word[cut:]
            elif not line:
                line.append(word)
                pos += 1
        return line, pos

    def _cut_point(self, word, space):
        """Where to cut an overlong word given space columns: after the last hyphen that
        fits (when hyphens break, and something other than hyphens precedes it)."""
        if self.break_on_hyphens and len(word) > space:
            hyphen = word.rfind('-', 0, space)
            if hyphen > 0 and word[:hyphen].strip('-'):
                return hyphen + 1
        return space

    def _line_allowed(self, lines, chunks, pos, used, room):
        """Whether a line may be emitted as is under max_lines: either lines remain, or
        this is the last line and nothing but dropped whitespace follows."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest = chunks[pos:]
        done = not rest or (self.drop_whitespace and len(rest) == 1 and _is_blank(rest[0]))
        return done and used <= room

    def _truncate(self, lines, line, used, prefix, room):
        """Ends the output with the placeholder: on this line after dropping words until it
        fits, else after the previous line, else alone."""
        mark = self.placeholder
        while line:
            if not _is_blank(line[-1]) and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(prefix + mark.lstrip())

    # -- public API -----------------------------------------------------------------------

    def wrap(self, text):
        """The lines of the wrapped paragraph, without final newlines."""
        return self._pack(self._chunks(text))

    def fill(self, text):
        """The wrapped paragraph as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps text into lines of at most width columns (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace, then truncates to one line of width columns that ends with
    the placeholder when words were dropped."""
    collapsed = ' '.join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


def _common_prefix(a, b):
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return a[:n]


def dedent(text):
    """Removes the run of spaces and tabs that every non-blank line starts with; lines of
    only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for n, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            lines[n] = ''
            continue
        lead = line[:len(line) - len(content)]
        margin = lead if margin is None else _common_prefix(margin, lead)
    if margin:
        lines = [line[len(margin):] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate is true (default: lines that are not
    only whitespace)."""
    if predicate is None:
        predicate = str.strip
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return ''.join(out)
