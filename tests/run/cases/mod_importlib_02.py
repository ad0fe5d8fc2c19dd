import math, sys, importlib, importlib.util, importlib.machinery, errno
from pkg_helpers import helper_mod
print(math, math.__spec__)
print(helper_mod.__spec__.name, helper_mod.__spec__.parent, helper_mod.__spec__.has_location)
print(helper_mod.__spec__.origin.endswith("helper_mod.py"), type(helper_mod.__loader__).__name__)
import pkg_helpers
print(pkg_helpers.__spec__.submodule_search_locations == pkg_helpers.__path__, pkg_helpers.__spec__.parent)
print(importlib.import_module('.helper_mod', 'pkg_helpers') is helper_mod)
m = type(sys)("free")
try: importlib.reload(m)
except ImportError as e: print(e)
try: importlib.reload(5)
except TypeError as e: print(e)
print(importlib.reload(math) is math)
try: importlib.import_module('.x')
except TypeError as e: print(e)
try: importlib.import_module('nope_zz')
except ImportError as e: print(type(e).__name__, e)
print(importlib.machinery.ModuleSpec("a.b", None).parent, importlib.util.resolve_name(".c", "a.b"))
print(OSError(errno.ENOENT, 'x').__class__, OSError(1.0, 'x').__class__, FileNotFoundError(errno.EEXIST, 'e').__class__)
print(OSError(errno.EISDIR, 'x', 'f').__class__.__name__, OSError(errno.EPIPE, 'p').__class__.__name__, OSError(errno.ECHILD, 'c').__class__.__name__)
class My(OSError): pass
print(My(errno.ENOENT, 'x').__class__.__name__, sys.version_info[:3], type(sys.version_info), sys.version_info.releaselevel)
print(errno.errorcode[errno.ENOENT], type(sys.float_info).__name__, sys.int_info[:1])
