"""Module specs and loaders: what the import system records in a module's `__spec__` and
`__loader__` (the VM finds and runs modules itself; see vm/src/runtime/import.rs)."""

import _pyco


class ModuleSpec:
    """The import-related facts about a module (PEP 451)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Loader of the modules built into the interpreter."""

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        """Native modules have nothing to run again."""

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """Loader of the Python modules embedded in the interpreter."""

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name
        source = _pyco.frozen_source(name)
        if source is None:
            raise ImportError(f'No frozen module named {name!r}', name=name)
        exec(compile(source, f'<frozen {name}>', 'exec'), module.__dict__)

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_source(cls, fullname):
        return None


class SourceFileLoader:
    """Loader of a module from its `.py` file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        return None

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        return self.get_data(self.path).decode('utf-8')

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def get_code(self, fullname):
        return compile(self.get_data(self.path), self.path, 'exec')

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


def _spec_for(name, origin, package_dir):
    """The spec the VM records for a module it loaded: `origin` is a file path, or
    "built-in" or "frozen"."""
    if origin == 'built-in':
        return ModuleSpec(name, BuiltinImporter, origin=origin)
    if origin == 'frozen':
        spec = ModuleSpec(name, FrozenImporter, origin=origin,
                          is_package=package_dir is not None)
        return spec
    spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin,
                      is_package=package_dir is not None)
    spec.has_location = True
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    return spec


def _fix_early_specs():
    """Modules loaded before this one (`sys`, `builtins`, `_pyco`) get their specs now."""
    import sys
    for name, module in list(sys.modules.items()):
        if name == '__main__' or getattr(module, '__spec__', 0) is not None:
            continue
        file = getattr(module, '__file__', None)
        origin = 'built-in' if file is None else 'frozen' if file.startswith('<') else file
        module.__spec__ = _spec_for(name, origin, None)
        module.__loader__ = module.__spec__.loader


_fix_early_specs()
