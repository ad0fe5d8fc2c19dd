with open("notes.txt") as fh
    text = fh.read()
