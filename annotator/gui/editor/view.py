"""The read-only text view: QTextEdit (per-paragraph direction and alignment for free) with
span decorations painted around its own text drawing, and input handed to the editor."""
from __future__ import annotations

from typing import Callable, Protocol

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import (QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent,
                           QTextCursor, QTextOption, QWheelEvent)
from PySide6.QtWidgets import QTextEdit, QWidget

from annotator.gui.editor.find_hits import FindHits
from annotator.gui.editor.geometry import MIXED
from annotator.gui.editor.reading_place import first_visible, scroll_to
from annotator.gui.editor.render import Placed, SpanRenderer


class Controller(Protocol):
    def handle_key(self, event: QKeyEvent) -> bool: ...
    def on_click(self, pos: QPoint) -> None: ...
    def tooltip_at(self, pos: QPoint, global_pos: QPoint) -> bool: ...
    def zoom_by(self, steps: int) -> None: ...


class SpanTextView(QTextEdit):
    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.renderer = SpanRenderer(self)
        self.find_hits = FindHits()
        self.placed: list[Placed] = []
        # Drawn over the text after the spans (suggestions): paint(painter, view, offsets).
        self.overlays: list = []
        # Drawn with the spans, over the text (links): given the painter and the spans placed
        # for this paint.
        self.span_overlays: list[Callable[[QPainter, list[Placed]], None]] = []
        self.setReadOnly(True)
        # Keyboard-selectable: a caret and Shift+arrows work in the read-only text.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setUndoRedoEnabled(False)  # the text never changes; spans have their own stack
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # Lines break between words only: a word cut in two changes its letters' shapes
        # (a narrow window then scrolls sideways rather than break a word).
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDocumentMargin(14)  # room for label tags above the first line
        self._press: QPoint | None = None
        self.top_anchor: tuple[int, int] | None = None  # (character, scroll value) to keep
        self.pressed: tuple[int, int | None] | None = None  # (anchor, character) of a drag

    def paintEvent(self, event: QPaintEvent) -> None:
        self.placed = self.renderer.place()
        if self.placed or self.find_hits.ranges:
            under = QPainter(self.viewport())
            self.renderer.paint_under(under, self.placed)
            self.find_hits.paint(under, self, self.renderer.offsets)
            under.end()  # must end before QTextEdit opens its own painter on the viewport
        super().paintEvent(event)
        overlays = [o for o in self.overlays if o.active()]
        if self.placed or overlays:
            over = QPainter(self.viewport())
            if self.placed:
                self.renderer.paint_over(over, self.placed)
                for paint in self.span_overlays:
                    paint(over, self.placed)
            for overlay in overlays:
                overlay.paint(over, self, self.renderer.offsets)
            over.end()

    def caret_at(self, point: QPoint) -> int:
        """The Qt position of the caret spot nearest `point` on its line. Qt's own hit test
        is a letter off on wrapped right-to-left lines (a press at the visible start of
        بغداد in وبغداد put the caret after its ب); the caret rectangles are right."""
        q = self.cursorForPosition(point).position()
        block = self.document().findBlock(q)
        text, base = block.text(), block.position()
        cursor = self.textCursor()
        best, best_d = q, None
        for c in range(max(base, q - 2), min(base + len(text), q + 2) + 1):
            lo, hi = min(c, q) - base, max(c, q) - base
            if MIXED.search(text, max(0, lo - 1), hi + 1):
                continue  # a run edge in a mixed line has two caret spots: keep Qt's
            cursor.setPosition(c)
            rect = self.cursorRect(cursor)
            if not rect.top() <= point.y() <= rect.bottom():
                continue
            d = abs(rect.x() - point.x())
            if best_d is None or d < best_d or (d == best_d and c == q):
                best, best_d = c, d
        return best

    def _put_caret(self, point: QPoint, keep_anchor: bool) -> None:
        cursor = self.textCursor()
        at = self.caret_at(point)
        if at != cursor.position():
            mode = (QTextCursor.MoveMode.KeepAnchor if keep_anchor
                    else QTextCursor.MoveMode.MoveAnchor)
            cursor.setPosition(at, mode)
            self.setTextCursor(cursor)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The lines wrap again at a new width: keep the first character in view at the top
        # (Qt keeps the scroll offset in pixels, which lands elsewhere in the text).
        # Between resizes the same character is kept (not the start of the line it is on at
        # each width in turn, which would creep backwards), until the annotator scrolls.
        old, new = event.oldSize().width(), event.size().width()
        value = self.verticalScrollBar().value()
        keep = None
        if old != new:
            if self.top_anchor is not None and self.top_anchor[1] == value:
                keep = self.top_anchor[0]
            elif old > 0 and value > 0:
                keep = first_visible(self, self.renderer.offsets)
        super().resizeEvent(event)
        if keep is not None:
            self.keep_at_top(keep)

    def keep_at_top(self, index: int) -> None:
        """Scroll code point `index` to the top and keep it there through resizes."""
        scroll_to(self, self.renderer.offsets, index)
        self.top_anchor = (index, self.verticalScrollBar().value())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)
        if (event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection()
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self._put_caret(self._press, keep_anchor=False)
        # Where the drag began: the caret (the selection's anchor) and the character pressed.
        self.pressed = (self.textCursor().position(), self.char_at(self._press))

    def char_at(self, point: QPoint) -> int | None:
        """The Qt position of the character drawn under `point` (None if none is)."""
        caret = self.cursorForPosition(point).position()
        cursor = self.textCursor()
        for q in (caret - 1, caret):
            if q < 0:
                continue
            cursor.setPosition(q)
            a = self.cursorRect(cursor)
            cursor.setPosition(q + 1)
            b = self.cursorRect(cursor)
            if a.top() == b.top() and a.top() <= point.y() <= a.bottom() \
                    and min(a.x(), b.x()) <= point.x() <= max(a.x(), b.x()):
                return q
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        # A drag selecting from the press: its moving end at the nearest caret spot too.
        if (event.buttons() & Qt.MouseButton.LeftButton and self.pressed is not None
                and self.textCursor().anchor() == self.pressed[0]):
            self._put_caret(event.position().toPoint(), keep_anchor=True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (event.button() == Qt.MouseButton.LeftButton and self.pressed is not None
                and self.textCursor().anchor() == self.pressed[0]):
            self._put_caret(event.position().toPoint(), keep_anchor=True)
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if (event.button() == Qt.MouseButton.LeftButton and self._press is not None
                and (pos - self._press).manhattanLength() < 4
                and not self.textCursor().hasSelection()):
            self.controller.on_click(pos)
        self._press = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.controller.handle_key(event):
            self.pressed = None  # a selection moved by keys owes nothing to a press
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            if not self.controller.tooltip_at(event.pos(), event.globalPos()):
                event.ignore()
            return True
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = 1 if event.angleDelta().y() > 0 else -1
            self.controller.zoom_by(steps)
            event.accept()
            return
        super().wheelEvent(event)
