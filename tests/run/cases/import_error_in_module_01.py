print("before import")
import pkg_broken.bad
