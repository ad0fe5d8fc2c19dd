import sys, os
print(os.path.basename(sys.path[0]) == "cases", sys.argv)
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "extra_dir"))
import extra_mod
print(extra_mod.X)
