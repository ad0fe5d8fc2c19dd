data = [i * 2 for i in range(10 ** 6)]
text = repr(data)
print(len(text), text[:30], text[-30:])
print(len(str(data)) == len(text), data[500000], sum(data) % 1000003)
big = list(range(10 ** 6))
big.reverse()
print(big[:3], big[-3:], len(big))
big.sort()
print(big[:3], big == sorted(big))
