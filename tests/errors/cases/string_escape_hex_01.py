name = "café"
code = "\x4"
