"""Helpers shared by the main-window tests (no tests here)."""
from __future__ import annotations

from PySide6.QtGui import QTextCursor


def select_text(editor, start: int, end: int) -> None:
    """Select [start, end) in the editor's text view, as a mouse drag would (test texts have
    no emoji or CRLF, so Qt positions equal code-point offsets)."""
    view = editor.text_view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
