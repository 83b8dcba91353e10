"""The read-only text view: QTextEdit (per-paragraph direction and alignment for free) with
span decorations painted around its own text drawing, and input handed to the editor."""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QTextEdit, QWidget

from annotator.gui.editor.find_hits import FindHits
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
        self.setReadOnly(True)
        # Keyboard-selectable: a caret and Shift+arrows work in the read-only text.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setUndoRedoEnabled(False)  # the text never changes; spans have their own stack
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(14)  # room for label tags above the first line
        self._press: QPoint | None = None

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
            for overlay in overlays:
                overlay.paint(over, self, self.renderer.offsets)
            over.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if (event.button() == Qt.MouseButton.LeftButton and self._press is not None
                and (pos - self._press).manhattanLength() < 4
                and not self.textCursor().hasSelection()):
            self.controller.on_click(pos)
        self._press = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.controller.handle_key(event):
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
