# dict and str work: word counting over generated text, str split/join/format/methods.

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    seed = 7
    lines = []
    line = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[seed % len(WORDS)]
        if seed & 0x100:
            w = w.upper()
        line.append(w)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def report(counts):
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ["{:<8} {:>6} {}".format(w, c, w[::-1].capitalize()) for w, c in items]


def main():
    text = make_text(240000)
    print(len(text), text[:40])
    checksum = 0
    for rnd in range(6):
        counts = count_words(text)
        lines = report(counts)
        checksum += sum(len(s) for s in lines)
        index = {}
        for pos, word in enumerate(text.split()):
            key = word[0] + str(len(word))
            if key in index:
                index[key] += pos & 7
            else:
                index[key] = 1
        keys = sorted(index)
        checksum += len(keys) + sum(index.values())
        joined = ",".join(k + "=" + str(index[k]) for k in keys)
        checksum += len(joined.replace("=", "==")) + joined.count("a")
        parts = ["%s:%d" % (w, c) for w, c in counts.items() if w.startswith(("a", "e", "o"))]
        checksum += len("|".join(parts).upper())
        print("round", rnd, checksum)
    for line in lines[:5]:
        print(line)
    print("checksum", checksum)


main()
