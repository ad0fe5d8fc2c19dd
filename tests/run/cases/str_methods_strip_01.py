s = "xx--hello--xx"
print(s.strip("x"), s.lstrip("x-"), s.rstrip("-x"), "  pad  ".strip())
print("\t\n text \r\n".strip(), "www.example.com".strip("cmowz."))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
