"""What a label key would mark, shown before it is marked: while text is selected, the exact
characters of the span to be made (snapped to words, or exact in exact mode or while Ctrl is
held, since Ctrl+key marks exact characters) get a dashed outline with a bar at each end.

The range is computed by the same rule the label key uses (core/snap.snap_selection), so the
outline, the status bar's preview and the stored span never disagree.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QTextEdit

from annotator.core.snap import snap_selection
from annotator.gui.editor.geometry import BlockLines, span_rects, visible_blocks
from annotator.gui.offsets import OffsetMap

if TYPE_CHECKING:
    from annotator.gui.editor.editor import DocumentEditor


class MarkPreview(QObject):
    changed = Signal()   # the range or its mode changed

    def __init__(self, editor: "DocumentEditor"):
        super().__init__(editor)
        self.editor = editor
        self.range: tuple[int, int] | None = None
        self.exact = False
        self._ctrl = False
        self.selected = False   # whether any text is selected
        view = editor.text_view()
        view.selectionChanged.connect(self.update)
        editor.exactModeChanged.connect(lambda _on: self.update())
        view.installEventFilter(self)
        view.overlays.append(self)

    def update(self) -> None:
        ed = self.editor
        picked = ed.selected_text_range()
        exact = ed.exact_mode() or self._ctrl
        edges = None if picked is None else snap_selection(
            ed.text(), *picked, exact=exact, pressed=ed.drag_pressed())
        if (edges, exact, picked is not None) != (self.range, self.exact, self.selected):
            self.range, self.exact, self.selected = edges, exact, picked is not None
            ed.text_view().viewport().update()
            self.changed.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and isinstance(
                event, QKeyEvent) and event.key() == Qt.Key.Key_Control:
            self._set_ctrl(kind == QEvent.Type.KeyPress)
        elif kind == QEvent.Type.FocusOut:
            self._set_ctrl(False)
        return False

    def _set_ctrl(self, down: bool) -> None:
        if down != self._ctrl:
            self._ctrl = down
            self.update()

    # ---- the overlay (SpanTextView.overlays) ----------------------------------------------
    def active(self) -> bool:
        return self.range is not None

    def paint(self, painter: QPainter, view: QTextEdit, offsets: OffsetMap) -> None:
        if self.range is None:
            return
        qs, qe = offsets.span_to_qt(*self.range)
        rects = [r for block, origin in visible_blocks(view)
                 for info in (BlockLines(block, origin),)
                 if info.start < qe and info.end > qs for r in span_rects(info, qs, qe)]
        if not rects:
            return
        unit = max(1.0, view.font().pointSizeF() / 12.0)
        color = QColor(view.palette().text().color())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, 1.5 * unit, Qt.PenStyle.DashLine))
        for r in rects:
            painter.drawRect(r.adjusted(0, unit, 0, -unit))
        # A bar at each end, reaching past the line: where the span starts and stops.
        rtl = self.editor.is_rtl_at(self.range[0])
        painter.setPen(QPen(color, 2.5 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        first, last = rects[0], rects[-1]
        for x, r in (((first.right() if rtl else first.left()), first),
                     ((last.left() if rtl else last.right()), last)):
            painter.drawLine(QPointF(x, r.top() - 2 * unit), QPointF(x, r.bottom() + 2 * unit))
        painter.restore()
