"""Text wrapping and filling (pyco's implementation of Python 3.10's documented
`textwrap` behaviour): TextWrapper, wrap, fill, shorten, dedent and indent."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    return c.isalpha() or c == '_'


class TextWrapper:
    """Wraps paragraphs: splits text into chunks (words, whitespace runs, hyphenated
    word parts) and packs them greedily into lines of at most `width` columns."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        """Chunks: whitespace runs and words, words split after inner hyphens."""
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                word = text[i:j]
                chunks.extend(self._split_word(word) if self.break_on_hyphens else [word])
            i = j
        return chunks

    @staticmethod
    def _split_word(word):
        """`long-winded` -> `long-`, `winded`: break after a hyphen that follows two
        letters (or letter-letter-) and precedes a letter."""
        parts = []
        start = 0
        for k in range(1, len(word) - 1):
            if word[k] != '-':
                continue
            before = (k >= 2 and _is_letter(word[k - 1]) and _is_letter(word[k - 2])) or (
                k >= 3 and _is_letter(word[k - 1]) and word[k - 2] == '-'
                and _is_letter(word[k - 3]))
            rest = word[k + 1:k + 4]
            after = len(rest) >= 2 and _is_letter(rest[0]) and (
                _is_letter(rest[1]) or (rest[1] == '-' and len(rest) > 2
                                        and _is_letter(rest[2])))
            if not after and len(rest) == 1:
                after = False
            if before and after and any(c != '-' for c in word[start:k]):
                parts.append(word[start:k + 1])
                start = k + 1
        parts.append(word[start:])
        return parts

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            word = chunks[i]
            if (chunks[i + 1] == ' ' and len(word) >= 2 and word[-1] in '.!?'
                    and word[-2].islower()) or (
                    chunks[i + 1] == ' ' and len(word) >= 3 and word[-1] in '"\''
                    and word[-2] in '.!?' and word[-3].islower()):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if self._fits(lines, chunks, cur_len, width):
                lines.append(indent + ''.join(cur_line))
                continue
            self._add_placeholder(lines, cur_line, cur_len, indent, width)
            break
        return lines

    def _fits(self, lines, chunks, cur_len, width):
        """Whether the current line may be emitted as is under max_lines."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_empty = not chunks or (self.drop_whitespace and len(chunks) == 1
                                    and not chunks[0].strip())
        return rest_empty and cur_len <= width

    def _add_placeholder(self, lines, cur_line, cur_len, indent, width):
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev = lines[-1].rstrip()
            if len(prev) + len(self.placeholder) <= self.width:
                lines[-1] = prev + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the wrapped paragraph, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped paragraph as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates to width, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blank(line):
    n = 0
    while n < len(line) and line[n] in ' \t':
        n += 1
    return line[:n]


def dedent(text):
    """Removes the whitespace prefix all non-blank lines share; blank lines (spaces and
    tabs only) become empty."""
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        prefix = _leading_blank(line)
        if len(prefix) == len(line):
            lines[i] = ''
            continue
        if margin is None:
            margin = prefix
        else:
            k = 0
            while k < len(margin) and k < len(prefix) and margin[k] == prefix[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate is true (default: non-blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
