"""Open suggestions drawn over the text: an outline in the label's colour (made legible on the
page, light or dark: core/overlays.py), no fill, so they never read as accepted spans. Entity
suggestions are dashed, rounded boxes; quote and claim suggestions (the other layers) dotted,
square ones, so a PER inside a QUOTE is told apart even where the colours are close. Each box
carries a small outlined tag with its label and a "?"; the current suggestion (the one
Alt+Enter answers) has a strong solid outline, a light fill and a filled tag. Nothing is
inserted into the document."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QTextEdit

from annotator.core.overlays import SUGGESTION_FALLBACK, suggestion_line
from annotator.core.store.suggestions import Suggestion
from annotator.gui.editor.geometry import BlockLines, span_rects, visible_blocks
from annotator.gui.offsets import OffsetMap


@lru_cache(maxsize=256)
def _line(label_color: str, page: str) -> QColor:
    return QColor(suggestion_line(label_color, page))


def pen_style(fill_layer: bool) -> Qt.PenStyle:
    """Entities dashed, every other layer (quotes, claims) dotted."""
    return Qt.PenStyle.DashLine if fill_layer else Qt.PenStyle.DotLine


def tag_text(label: str) -> str:
    return f"{label}?"


class SuggestionLayer:
    """The shown document's open suggestions, by start, and the current one."""

    def __init__(self) -> None:
        self.items: list[Suggestion] = []
        self.visible = True
        self.current: int | None = None   # id of the suggestion Alt+Enter answers
        self._rects: list[tuple[Suggestion, list[QRectF]]] = []
        self.tags: dict[int, QRectF] = {}  # suggestion id -> its label tag, last paint
        self.page = QColor("white")

    def set(self, items: list[Suggestion]) -> None:
        self.items = sorted(items, key=lambda s: (s.start, -s.end, s.id))
        if self.current is not None and self.get(self.current) is None:
            self.current = None

    def get(self, sug_id: int | None) -> Suggestion | None:
        return next((s for s in self.items if s.id == sug_id), None)

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
        """Suggestions under a point (box or tag), shortest first."""
        found = [s for s, rects in self._rects if any(r.contains(point) for r in rects)]
        found += [s for s in self.items if s.id in self.tags and s not in found
                  and self.tags[s.id].contains(point)]
        return sorted(found, key=lambda s: (s.end - s.start, s.start))

    def paint(self, painter: QPainter, view: QTextEdit, offsets: OffsetMap) -> None:
        self._rects, self.tags = [], {}
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
        page = view.palette().base().color().name()
        self.page = QColor(page)
        styles = getattr(view, "renderer").styles  # the scheme as the editor draws it now
        font = QFont(view.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.5))
        font.setBold(True)
        fm = QFontMetricsF(font)
        current: tuple[Suggestion, list[QRectF], QColor, bool, bool] | None = None
        taken: list[QRectF] = []
        for sug in self.items:
            if sug.end <= lo:
                continue
            if sug.start >= hi:
                break
            qs, qe = offsets.to_qt(sug.start), offsets.to_qt(sug.end)
            rects: list[QRectF] = []
            rtl = False  # of the line where the suggestion starts: its tag goes there
            for info in infos[bisect_right(ends, qs):]:
                if info.start >= qe:
                    break
                if not rects:
                    rtl = info.rtl
                rects.extend(span_rects(info, qs, qe))
            if not rects:
                continue
            self._rects.append((sug, rects))
            style = styles.get(sug.label)
            color = _line(style.color.name() if style is not None else SUGGESTION_FALLBACK,
                          page)
            fill_layer = style.fill if style is not None else True
            if sug.id == self.current:
                current = (sug, rects, color, fill_layer, rtl)
                continue  # drawn last, over its neighbours
            self._box(painter, rects, color, fill_layer, u, strong=False)
            self._tag(painter, sug, rects[0], rtl, color, fm, font, u, taken, strong=False)
        if current is not None:
            sug, rects, color, fill_layer, rtl = current
            self._box(painter, rects, color, fill_layer, u, strong=True)
            self._tag(painter, sug, rects[0], rtl, color, fm, font, u, taken, strong=True)

    def _box(self, painter: QPainter, rects: list[QRectF], color: QColor, fill_layer: bool,
             u: float, strong: bool) -> None:
        if strong:  # the current one: solid, thick, lightly filled
            pen = QPen(color, 3 * u, Qt.PenStyle.SolidLine)
            back = QColor(color)
            back.setAlphaF(0.16)
            painter.setBrush(back)
        else:
            pen = QPen(color, (1.5 if fill_layer else 2.0) * u, pen_style(fill_layer))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        radius = 3 * u if fill_layer else 0.5 * u
        for r in rects:
            painter.drawRoundedRect(r.adjusted(-u, 0, u, 0), radius, radius)

    def _tag(self, painter: QPainter, sug: Suggestion, first: QRectF, rtl: bool, color: QColor,
             fm: QFontMetricsF, font: QFont, u: float, taken: list[QRectF],
             strong: bool) -> None:
        """The label in a small pill at the start corner (the right end in a right-to-left
        line), above the box's top edge; moved along where another tag is."""
        text = tag_text(sug.label)
        w, h = fm.horizontalAdvance(text) + 6 * u, fm.height() + u
        x = first.right() - w if rtl else first.left()
        rect = QRectF(x, first.top() - h * 0.6, w, h)
        for _ in range(8):
            if not any(rect.intersects(t) for t in taken):
                break
            rect.translate(-(w + 2 * u) if rtl else (w + 2 * u), 0)
        taken.append(rect)
        self.tags[sug.id] = rect
        painter.setFont(font)
        painter.setPen(QPen(color, u))
        painter.setBrush(color if strong else self.page)
        painter.drawRoundedRect(rect, h / 2.5, h / 2.5)
        ink = QColor("#ffffff") if strong and color.lightness() < 150 else \
            QColor("#000000") if strong else color
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
