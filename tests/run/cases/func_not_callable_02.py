handlers = {"a": print, "b": None}
handlers["a"]("called a")
handlers["b"]("called b")
