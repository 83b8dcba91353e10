"""Where the annotator is reading: the first character shown at the top of the view, and the
caret. Kept in character offsets, never pixels, so it survives a resize (the lines wrap
again and the same character stays at the top) and a reopening of the document (remembered
per project and document in the preferences, "reading_place", by gui/main_window.py).
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from annotator.gui.offsets import OffsetMap

KEEP = 200   # documents remembered per project (the most recently left)


def first_visible(view: QTextEdit, offsets: OffsetMap) -> int:
    """The code point that starts the first line (even partly) in view."""
    doc = view.document()
    layout = doc.documentLayout()
    top = view.verticalScrollBar().value()
    pos = layout.hitTest(QPointF(view.viewport().width() / 2, top + 1),
                         Qt.HitTestAccuracy.FuzzyHit)
    block = doc.findBlock(max(0, pos))
    while block.previous().isValid() and layout.blockBoundingRect(block).top() > top:
        block = block.previous()
    while block.next().isValid() and layout.blockBoundingRect(block).bottom() <= top:
        block = block.next()
    rect = layout.blockBoundingRect(block)
    lines = block.layout()
    for i in range(lines.lineCount()):
        line = lines.lineAt(i)
        if rect.top() + line.y() + line.height() > top:
            return offsets.from_qt(block.position() + line.textStart())
    return offsets.from_qt(block.position())


def scroll_to(view: QTextEdit, offsets: OffsetMap, index: int) -> None:
    """Scroll so that the line holding code point `index` is the first in view."""
    doc = view.document()
    qpos = offsets.to_qt(max(0, min(index, offsets.length)))
    block = doc.findBlock(qpos)
    if not block.isValid():
        return
    rect = doc.documentLayout().blockBoundingRect(block)  # lays the text out that far
    line = block.layout().lineForTextPosition(qpos - block.position())
    y = rect.top() + (line.y() if line.isValid() else 0)
    # The first line: the top of the page, with the margin where label tags are drawn.
    view.verticalScrollBar().setValue(0 if y <= doc.documentMargin() else int(y))


def place(view: QTextEdit, offsets: OffsetMap) -> list[int]:
    """[first visible character, caret] of the shown document."""
    return [first_visible(view, offsets), offsets.from_qt(view.textCursor().position())]


def go_to(view, offsets: OffsetMap, where: list[int]) -> None:
    """Back to a place from `place`: the caret first (it scrolls), then the top line."""
    top, caret = (int(v) for v in where[:2])
    cursor = QTextCursor(view.document())
    cursor.setPosition(offsets.to_qt(max(0, min(caret, offsets.length))))
    view.setTextCursor(cursor)
    view.keep_at_top(top)


def remember(prefs, project: str, doc_id: int, where: list[int]) -> None:
    """Keep `where` for the document, the most recently left last (prefs saved later)."""
    places = dict(prefs.get("reading_place") or {})
    mine = {k: v for k, v in dict(places.get(project) or {}).items() if k != str(doc_id)}
    mine[str(doc_id)] = where
    places[project] = dict(list(mine.items())[-KEEP:])
    prefs.set("reading_place", places, save=False)


def recall(prefs, project: str, doc_id: int) -> list[int] | None:
    where = dict((prefs.get("reading_place") or {}).get(project) or {}).get(str(doc_id))
    ok = isinstance(where, list) and len(where) >= 2 and all(isinstance(v, int) for v in where)
    return where if ok else None
