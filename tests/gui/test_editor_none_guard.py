"""Painting for a long session must not abort the interpreter (see none_guard.py)."""
import sys

from PySide6.QtGui import QColor

import annotator.gui.editor  # noqa: F401  (applies the guard on import)
from annotator.gui.editor.none_guard import guard_none, leaks_none


def test_many_void_qt_calls_leave_none_alive():
    color = QColor(1, 2, 3)
    before = sys.getrefcount(None)
    for _ in range(20_000):  # more than None's own references on an unguarded 3.11
        color.setAlphaF(0.5)
    assert sys.getrefcount(None) > 0
    if sys.version_info < (3, 12) and leaks_none():
        assert before > 1 << 39  # the reserve was given at import


def test_guard_is_given_once():
    before = sys.getrefcount(None)
    assert guard_none() is False  # already done at import (or not needed here)
    assert abs(sys.getrefcount(None) - before) < 1 << 20
