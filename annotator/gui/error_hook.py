"""What the GUI does with an error no code path expected: a project that failed under it (disk
full, locked, read-only, removed) is a message naming the cause, never a traceback window."""
from __future__ import annotations

import sqlite3
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core.store import ProjectError, SpanError
from annotator.core.store.connection import describe
from annotator.gui.digits import arg
from annotator.gui.messages import error_text, shown


_open: set[QMessageBox] = set()


def message_for(exc: BaseException) -> str | None:
    """The one-line message for errors a user can cause or meet; None for real bugs."""
    if isinstance(exc, sqlite3.Error):
        return arg(QCoreApplication.translate(
            "error", "The project could not be changed: %1. The last change was not "
            "saved; everything before it is in the file."), shown(describe(exc)))
    if isinstance(exc, (ProjectError, SpanError)):
        return error_text(exc)
    if isinstance(exc, OSError):
        what = exc.strerror or str(exc)
        return arg(QCoreApplication.translate("error", "A file could not be used: %1"),
                   f"{what} ({exc.filename})" if exc.filename else what)
    return None


def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    message = message_for(exc)
    if message is None:
        traceback.print_exception(kind, exc, tb)   # a bug: keep the trace for the report
        message = arg(QCoreApplication.translate("error", "Something went wrong: %1"),
                      f"{kind.__name__}: {exc}")
    if QApplication.instance() is not None:
        parent = QApplication.activeWindow() or next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"
             and w.isVisible()), None)
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("error", "annotator"), message,
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if parent is None:  # a box without a parent lives only while Python holds it
            _open.add(box)
            box.finished.connect(lambda *_: _open.discard(box))
        box.open()   # not exec(): no event loop nested inside the failing call
    else:
        print(f"annotator: {message}", file=sys.stderr)


def install() -> None:
    sys.excepthook = handle
