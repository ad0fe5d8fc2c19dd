text = "hello"
text.append(" world")
