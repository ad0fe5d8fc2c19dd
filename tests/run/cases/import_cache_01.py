import sys
from pkg_helpers import helper_mod
helper_mod.counter = 100
from pkg_helpers import helper_mod
print(helper_mod.counter, "pkg_helpers.helper_mod" in sys.modules, sys.modules["pkg_helpers.helper_mod"] is helper_mod)
del sys.modules["pkg_helpers.helper_mod"]
import pkg_helpers.helper_mod as fresh
print(fresh.counter, fresh is helper_mod)
import importlib
again = importlib.reload(fresh)
print(again is fresh, again.counter)
