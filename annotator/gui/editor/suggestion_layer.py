"""Open suggestions drawn over the text: a dashed outline in the label's colour (made legible
on the page, light or dark: core/overlays.py), no fill, so they never read as accepted spans.
Nothing is inserted into the document."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QTextEdit

from annotator.core.overlays import SUGGESTION_FALLBACK, suggestion_line
from annotator.core.store.suggestions import Suggestion
from annotator.gui.editor.geometry import BlockLines, span_rects, visible_blocks
from annotator.gui.offsets import OffsetMap


@lru_cache(maxsize=256)
def _line(label_color: str, page: str) -> QColor:
    return QColor(suggestion_line(label_color, page))


class SuggestionLayer:
    """The shown document's open suggestions, by start."""

    def __init__(self) -> None:
        self.items: list[Suggestion] = []
        self.visible = True
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
        page = view.palette().base().color().name()
        styles = getattr(view, "renderer").styles  # the scheme as the editor draws it now
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
            style = styles.get(sug.label)
            color = style.color.name() if style is not None else SUGGESTION_FALLBACK
            pen = QPen(_line(color, page), 1.5 * u, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for r in rects:
                painter.drawRoundedRect(r.adjusted(-u, 0, u, 0), 3 * u, 3 * u)
