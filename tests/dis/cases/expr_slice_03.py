s = "hello world"
print(s[-5:], s[:-6], s[::-1])
