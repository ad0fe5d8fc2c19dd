"""This module has a docstring."""
x = 1
