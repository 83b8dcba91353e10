"""Painting spans over the unchanged document: backgrounds under the text, lines, the
selected span's outline and label tags over it. Only the visible blocks are looked at.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QTextEdit

from annotator.gui.editor.geometry import BlockLines, span_rects, visible_blocks
from annotator.gui.editor.span_index import SpanIndex, SpanItem
from annotator.gui.editor.styles import LabelStyle, fallback_style
from annotator.gui.offsets import OffsetMap


@dataclass
class Placed:
    """A visible span: its style, nesting depth in its layer and rectangles on screen."""
    item: SpanItem
    style: LabelStyle
    rects: list[QRectF]
    rtl: bool
    depth: int = 0
    tags: list[QRectF] = field(default_factory=list)


class SpanRenderer:
    def __init__(self, view: QTextEdit):
        self.view = view
        self.index = SpanIndex()
        self.offsets = OffsetMap("")
        self.styles: dict[str, LabelStyle] = {}
        self.selected: int | None = None
        self.cursor_spans: list[int] = []  # spans under the text cursor get a visible tag
        # Reads more of a partial index: complete at least for ranges ending by the argument.
        self.load_to: Callable[[int], SpanIndex] | None = None

    # ---- geometry -------------------------------------------------------------------------
    def place(self) -> list[Placed]:
        blocks = visible_blocks(self.view)
        if not blocks:
            return []
        qlo = blocks[0][0].position()
        last = blocks[-1][0]
        qhi = last.position() + last.length()
        lo, hi = self.offsets.from_qt(qlo), self.offsets.from_qt(qhi, round_up=True)
        if not self.index.covers(hi) and self.load_to is not None:
            self.index = self.load_to(hi)  # shown past what was read before the idle read
        # Lines and directions once per paint, not once per span.
        infos = [BlockLines(block, origin) for block, origin in blocks]
        to_qt = self.offsets.to_qt
        ends = [info.end for info in infos]
        placed: list[Placed] = []
        for item in self.index.overlapping(lo, hi):
            qs, qe = to_qt(item.start), to_qt(item.end)
            rects: list[QRectF] = []
            rtl = True
            # Blocks are in text order: start at the first one ending after the span starts.
            for info in infos[bisect_right(ends, qs):]:
                if info.start >= qe:
                    break
                if not rects:
                    rtl = info.rtl
                rects.extend(span_rects(info, qs, qe))
            if rects:
                style = self.styles.get(item.label) or fallback_style(item.label)
                placed.append(Placed(item, style, rects, rtl))
        self._nest(placed)
        return placed

    @staticmethod
    def _nest(placed: list[Placed]) -> None:
        """Depth of each background span: how many earlier (enclosing) ones contain it."""
        # placed is by start (outer first), so every earlier span starts no later; only those
        # still open at this start can enclose it, and they are few: linear, not quadratic.
        open_: list[Placed] = []
        for p in placed:
            if not p.style.fill:
                continue
            start, end = p.item.start, p.item.end
            open_ = [q for q in open_ if q.item.end > start]
            p.depth = sum(1 for q in open_ if q.item.end >= end)
            open_.append(p)

    def hits(self, placed: list[Placed], point: QPointF) -> list[SpanItem]:
        """Spans drawn under `point`, innermost (shortest) first."""
        found = [p.item for p in placed if any(r.contains(point) for r in p.rects)]
        return sorted(found, key=lambda it: (it.length, -it.start, it.id))

    # ---- painting -------------------------------------------------------------------------
    def _unit(self) -> float:
        """One 'pixel' of decoration, scaled with the font so zoom keeps proportions."""
        return max(1.0, self.view.font().pointSizeF() / 12.0)

    def paint_under(self, painter: QPainter, placed: list[Placed]) -> None:
        """Backgrounds: one drawRects call per label and depth, so a dense page costs a few
        draw calls. No antialiasing: these edges are straight and it would double the time."""
        u = self._unit()
        groups: dict[tuple[str, int], tuple[LabelStyle, list[QRectF]]] = {}
        for p in placed:
            if not p.style.fill:
                continue
            inset = min(p.depth * 3.0 * u, 9.0 * u)
            rects = groups.setdefault((p.style.name, p.depth), (p.style, []))[1]
            rects.extend(r.adjusted(-u, inset + 2 * u, u, -inset - 2 * u).toRect().toRectF()
                         for r in p.rects)
        for _, (style, rects) in sorted(groups.items(), key=lambda kv: kv[0][1]):
            border = QColor(style.line)
            border.setAlphaF(0.85)
            painter.setPen(QPen(border, u))
            painter.setBrush(style.fill_color())
            painter.drawRects(rects)

    def paint_over(self, painter: QPainter, placed: list[Placed]) -> None:
        u = self._unit()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for p in placed:
            if p.style.fill:
                continue
            pen = QPen(p.style.line, 2 * u, p.style.line_style, Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            for r in p.rects:
                y = r.bottom() - (3 + 4 * p.style.line_slot) * u
                painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        for p in placed:
            if p.item.id == self.selected:
                painter.setPen(QPen(self.view.palette().text().color(), 2 * u))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for r in p.rects:
                    # On the span's own edges: wider, it covered the quote marks beside it.
                    painter.drawRoundedRect(r.adjusted(0, u, 0, -u), 3 * u, 3 * u)
        self._paint_tags(painter, placed, u)

    def tag_font(self) -> QFont:
        font = QFont(self.view.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.55))
        font.setBold(True)
        return font

    def _paint_tags(self, painter: QPainter, placed: list[Placed], u: float) -> None:
        """Label name in a small pill at the start corner of the spans under the cursor and
        of the selected span (the start is the right-hand end in a right-to-left line)."""
        wanted = set(self.cursor_spans) | ({self.selected} if self.selected else set())
        font = self.tag_font()
        fm = QFontMetricsF(font)
        painter.setFont(font)
        taken: list[QRectF] = []
        for p in placed:
            if p.item.id not in wanted:
                continue
            first = p.rects[0]
            w, h = fm.horizontalAdvance(p.style.name) + 6 * u, fm.height() * 0.8 + 2 * u
            x = first.right() - w if p.rtl else first.left()
            # Above the line's top, but never above the view's: on the first line in view
            # (scrolled, or at the page's top margin) the tag was cut at the top.
            rect = QRectF(x, max(first.top() - h * 0.35, 1.0), w, h)
            while any(rect.intersects(t) for t in taken):  # nested spans starting together
                rect.translate(-(w + 2 * u) if p.rtl else (w + 2 * u), 0)
            taken.append(rect)
            p.tags.append(rect)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(p.style.color)
            painter.drawRoundedRect(rect, h / 2.5, h / 2.5)
            painter.setPen(p.style.tag_text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, p.style.name)
