import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known example of a pangram, used to test type-faces and keyboards everywhere."
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, 30))
print(textwrap.fill(s, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(s, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10), textwrap.wrap("a-b-c-d e-f-g long-hyphenated-word-here", 8))
print(textwrap.wrap(s, 25, max_lines=3), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("Hello\tworld\nnew line", 8), textwrap.fill("one. two. three", 10, fix_sentence_endings=True))
try: textwrap.wrap("x", 0)
except ValueError as e: print(e)
