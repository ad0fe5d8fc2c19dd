"""importlib: `import_module`, `reload` and `invalidate_caches` over pyco's import system."""

import sys
import _frozen_importlib as _bootstrap

# An embedded package: an empty __path__ lets `importlib.machinery` and `importlib.util`
# (also embedded) import.
__path__ = []


def _resolve_name(name, package, level):
    """The absolute name of a relative import of `name` from `package`."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; `name` may be relative ('..mod') to `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """pyco's finders keep no caches."""


def reload(module):
    """Run the module's code again in its existing namespace and return it."""
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    try:
        name = module.__spec__.name
    except AttributeError:
        name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent_name = name.rpartition('.')[0]
    if parent_name and parent_name not in sys.modules:
        raise ImportError(f"parent {parent_name!r} not in sys.modules", name=parent_name)
    spec = module.__spec__
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    spec.loader.exec_module(module)
    return sys.modules[name]
