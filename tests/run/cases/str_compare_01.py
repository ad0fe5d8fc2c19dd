words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words), min(words, key=len))
print("a" * 3 == "aaa", "abc" is not None, "ab" + "c" == "abc")
