"""The import machinery's classes (specs and loaders)."""

from _frozen_importlib import ModuleSpec, BuiltinImporter, FrozenImporter, SourceFileLoader

SOURCE_SUFFIXES = ['.py']
EXTENSION_SUFFIXES = []
BYTECODE_SUFFIXES = ['.pyc']
