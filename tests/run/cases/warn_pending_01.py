import warnings
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("future", FutureWarning)
warnings.warn("import", ImportWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("syntax-ish", SyntaxWarning)
print("only some are shown")
