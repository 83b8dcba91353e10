"""Find-bar hits drawn over the unchanged text: a marker-pen fill under every hit in view and
an outline around the current one. Nothing is inserted into the document."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QTextEdit

from annotator.core.overlays import CURRENT_FILL, CURRENT_LINE, HIT_ALPHA, HIT_FILL
from annotator.gui.editor.geometry import BlockLines, span_rects, visible_blocks
from annotator.gui.offsets import OffsetMap


class FindHits:
    """The hits of the find bar in one document (code points), and which one is current."""

    def __init__(self) -> None:
        self.ranges: list[tuple[int, int]] = []
        self.current: int | None = None
        self._starts: list[int] = []
        self.dark = False

    def set(self, ranges: list[tuple[int, int]], current: int | None = None) -> None:
        self.ranges = sorted(ranges)
        self._starts = [s for s, _ in self.ranges]
        self.current = current if ranges else None

    def visible(self, lo: int, hi: int) -> range:
        """Indexes of the hits that may overlap [lo, hi)."""
        first = max(0, bisect_left(self._starts, lo) - 1)
        return range(first, bisect_right(self._starts, hi))

    def paint(self, painter: QPainter, view: QTextEdit, offsets: OffsetMap) -> None:
        if not self.ranges:
            return
        blocks = visible_blocks(view)
        if not blocks:
            return
        infos = [BlockLines(block, origin) for block, origin in blocks]
        lo = offsets.from_qt(infos[0].start)
        hi = offsets.from_qt(infos[-1].end, round_up=True)
        unit = max(1.0, view.font().pointSizeF() / 12.0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for i in self.visible(lo, hi):
            start, end = self.ranges[i]
            if end <= lo or start >= hi:
                continue
            qs, qe = offsets.to_qt(start), offsets.to_qt(end)
            rects = [r for info in infos if info.start < qe and info.end > qs
                     for r in span_rects(info, qs, qe)]
            current = i == self.current
            fill = QColor((CURRENT_FILL if current else HIT_FILL)[self.dark])
            fill.setAlphaF(HIT_ALPHA)
            painter.setBrush(fill)
            painter.setPen(QPen(QColor(CURRENT_LINE[self.dark]), 2 * unit) if current
                           else Qt.PenStyle.NoPen)
            for r in rects:
                painter.drawRoundedRect(QRectF(r).adjusted(-unit, unit, unit, -unit),
                                        3 * unit, 3 * unit)
