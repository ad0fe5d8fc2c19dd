# Built-in methods called through the hot loop's native fast path check their arguments.
for call in (
    lambda: (1).bit_length(2),
    lambda: (5).bit_count(1, 2),
    lambda: "a".join(1),
    lambda: ",".join(None),
    lambda: ",".join([1]),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print((255).bit_length(), (255).bit_count(), "-".join("abc"))
