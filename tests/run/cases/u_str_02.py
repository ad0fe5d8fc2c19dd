def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]

def caesar(s, shift):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

def vowel_count(s):
    return sum(1 for ch in s.lower() if ch in "aeiou")

def anagrams(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())

def compress(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{prev}{n}")
            prev, n = ch, 1
    out.append(f"{prev}{n}")
    r = "".join(out)
    return r if len(r) < len(s) else s

for s in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon", ""]:
    print(repr(s), is_palindrome(s))
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(caesar("xyz XYZ", 30))
print(vowel_count("Programming in Python is fun"))
print(anagrams("Dormitory", "Dirty room"), anagrams("abc", "abd"))
print(compress("aaabccddddd"), compress("abc"), compress(""))
print(str.maketrans("abc", "xyz"))
print("banana".translate(str.maketrans({"a": "4", "n": None})))
print(caesar(12, 1))
