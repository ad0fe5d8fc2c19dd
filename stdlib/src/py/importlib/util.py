"""Helpers for import: finding specs and building modules from them."""

import sys
import _frozen_importlib as _bootstrap
from importlib import _resolve_name


def resolve_name(name, package):
    """The absolute name for a possibly relative module name."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def spec_from_file_location(name, location, *, loader=None, submodule_search_locations=None):
    """A spec for the source file at `location`."""
    import os
    location = os.fspath(location)
    if not location.startswith('/'):
        location = os.path.join(os.getcwd(), location)
    if loader is None:
        loader = _bootstrap.SourceFileLoader(name, location)
    is_package = submodule_search_locations is not None
    spec = _bootstrap.ModuleSpec(name, loader, origin=location, is_package=is_package)
    spec.has_location = True
    if is_package:
        spec.submodule_search_locations.extend(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new, not yet executed module for `spec`, with its import attributes set."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
    return module


def find_spec(name, package=None):
    """The spec of an already imported module, or of `name` once imported (None when
    it cannot be found)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    module = sys.modules.get(fullname)
    if module is None:
        parent = fullname.rpartition('.')[0]
        if parent:
            __import__(parent)
        try:
            __import__(fullname)
        except ModuleNotFoundError:
            return None
        module = sys.modules[fullname]
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f'{fullname}.__spec__ is not set') from None
    if spec is None:
        raise ValueError(f'{fullname}.__spec__ is None')
    return spec
