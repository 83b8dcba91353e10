"""Open suggestions drawn over the text: a dashed outline in the label's colour, no fill, so
they never read as accepted spans. Nothing is inserted into the document."""
from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QTextEdit

from annotator.core.store.suggestions import Suggestion
from annotator.gui.editor.geometry import BlockLines, span_rects, visible_blocks
from annotator.gui.offsets import OffsetMap


class SuggestionLayer:
    """The shown document's open suggestions, by start."""

    def __init__(self) -> None:
        self.items: list[Suggestion] = []
        self.visible = True
        self.colors: dict[str, QColor] = {}
        self._rects: list[tuple[Suggestion, list[QRectF]]] = []

    def set(self, items: list[Suggestion]) -> None:
        self.items = sorted(items, key=lambda s: (s.start, -s.end, s.id))

    def active(self) -> bool:
        return self.visible and bool(self.items)

    def at(self, pos: int) -> list[Suggestion]:
        """Suggestions covering code point `pos` (or ending right at it), shortest first."""
        hits = [s for s in self.items if s.start <= pos < s.end] or \
               [s for s in self.items if s.end == pos]
        return sorted(hits, key=lambda s: (s.end - s.start, s.start))

    def after(self, pos: int) -> Suggestion | None:
        return next((s for s in self.items if s.start > pos), None)

    def before(self, pos: int) -> Suggestion | None:
        return next((s for s in reversed(self.items) if s.start < pos), None)

    def hits(self, point: QPointF) -> list[Suggestion]:
        return [s for s, rects in self._rects if any(r.contains(point) for r in rects)]

    def paint(self, painter: QPainter, view: QTextEdit, offsets: OffsetMap) -> None:
        self._rects = []
        if not self.active():
            return
        blocks = visible_blocks(view)
        if not blocks:
            return
        infos = [BlockLines(block, origin) for block, origin in blocks]
        ends = [info.end for info in infos]
        lo = offsets.from_qt(infos[0].start)
        hi = offsets.from_qt(infos[-1].end, round_up=True)
        u = max(1.0, view.font().pointSizeF() / 12.0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for sug in self.items:
            if sug.end <= lo:
                continue
            if sug.start >= hi:
                break
            qs, qe = offsets.to_qt(sug.start), offsets.to_qt(sug.end)
            rects: list[QRectF] = []
            for info in infos[bisect_right(ends, qs):]:
                if info.start >= qe:
                    break
                rects.extend(span_rects(info, qs, qe))
            if not rects:
                continue
            self._rects.append((sug, rects))
            pen = QPen(self.colors.get(sug.label, QColor("#777777")), 1.5 * u,
                       Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for r in rects:
                painter.drawRoundedRect(r.adjusted(-u, 0, u, 0), 3 * u, 3 * u)
