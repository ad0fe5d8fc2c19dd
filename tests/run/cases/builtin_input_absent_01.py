import builtins
names = ["abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr",
         "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate",
         "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr",
         "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list",
         "locals", "map", "max", "min", "next", "object", "oct", "open", "ord", "pow", "print",
         "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
         "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__"]
print(all(hasattr(builtins, n) for n in names), len(names))
print(builtins.len is len, builtins.__name__)
