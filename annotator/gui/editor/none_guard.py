"""Keeps CPython from aborting under shiboken6 6.12.0 on Python 3.11.

There every call of a Qt method that returns nothing (QPainter.drawRect, setPen,
QWidget.update, ...) takes one reference from None without having given it: 1,000
QColor.setAlphaF() calls lower sys.getrefcount(None) by 1,000. None holds a few thousand
references, so some minutes of painting bring it to zero and the interpreter aborts with
"none_dealloc: deallocating None" (the editor benchmark hit it while scrolling). CPython 3.12
makes None immortal and ignores its count; on older versions, where the loss is measured,
None is given as many references as a process can lose.
"""
from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # one lost reference per Qt call: more than any session makes
_done = False


def leaks_none() -> bool:
    """Whether a void Qt call loses a reference to None here."""
    from PySide6.QtCore import QObject
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= 32


def guard_none() -> bool:
    """Give None its reserve once per process if this Qt binding leaks it; True if it did."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    _done = True
    if not leaks_none():
        return False
    # ob_refcnt is the first field of every object in a release build of CPython.
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True
