import pkg_helpers.helper_mod as helper_mod, types
print(type(helper_mod).__name__, isinstance(helper_mod, types.ModuleType))
print(helper_mod.__spec__.name, helper_mod.__loader__ is not None)
m = types.ModuleType("virtual", "doc of virtual")
m.x = 1
print(m, m.__name__, m.__doc__, m.x)
print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))
import sys
print(sys.modules["__main__"].__name__, __spec__)
