try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_helpers.helper_mod import missing_name
except ImportError as e:
    print(type(e).__name__, e.name)
import also_missing_module
