"""No class of ours hides a method of its Qt base with an attribute.

`self.id = ...` in a QUndoCommand subclass hid QUndoCommand.id(); Qt calls id() when the next
command is pushed and the process died with a segmentation fault. Every `self.NAME = ...` in a
class deriving from a Qt class is checked against the callables of its Qt bases.
"""
from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap

import annotator.gui
from shiboken6 import Shiboken


def _qt_bases(cls: type) -> list[type]:
    return [b for b in cls.__mro__ if b.__module__.startswith("PySide6.")]


def _assigned(cls: type) -> set[str]:
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError):
        return set()
    names: set[str] = set()
    for node in ast.walk(tree):
        targets = (node.targets if isinstance(node, ast.Assign) else
                   [node.target] if isinstance(node, (ast.AnnAssign, ast.AugAssign)) else [])
        for t in targets:
            for leaf in ast.walk(t):
                if isinstance(leaf, ast.Attribute) and isinstance(leaf.value, ast.Name) \
                        and leaf.value.id == "self":
                    names.add(leaf.attr)
    return names


def test_no_attribute_hides_a_qt_method():
    hidden = []
    for info in pkgutil.walk_packages(annotator.gui.__path__, "annotator.gui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, Shiboken.Object):
                continue
            qt = _qt_bases(cls)
            for name in _assigned(cls):
                if any(callable(getattr(b, name, None)) for b in qt):
                    hidden.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    assert not hidden, hidden
