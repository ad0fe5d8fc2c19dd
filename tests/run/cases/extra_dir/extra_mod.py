X = "found via sys.path"
