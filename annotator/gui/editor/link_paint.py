"""Links drawn over the text: an arc from one end to the other, an arrow at the tail (the
speaker of a said_by link) and the link's type at the arc's middle. Arcs leave and reach each
span at its start corner, so they read the same in right-to-left and left-to-right lines. Two
ends on one line are joined by a low arc just above it; ends on different lines by a curve
that leaves the upper end at its foot and runs in the gap under that line, so it never crosses
the letters of the line above.

A link whose other end is off screen gets a small tag at the end that is shown, naming the
type, the way (↑ above, ↓ below) and the other end's words; clicking the tag goes there.
Only the spans already placed for this paint are looked at: the cost follows the page shown,
not the number of links in the document.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPolygonF, QStaticText

from annotator.core.model import Relation
from annotator.gui.editor.link_index import LinkIndex
from annotator.gui.editor.render import Placed, SpanRenderer

_SHORT = 18  # characters of the other end's words in an off-screen tag


@dataclass
class LinkTag:
    """A clickable tag: where it is drawn and the span it leads to."""
    rect: QRectF
    target: int
    relation: Relation
    up: bool             # the other end is above the screen


def _cubic(a: QPointF, c1: QPointF, c2: QPointF, b: QPointF, steps: int = 16) -> QPolygonF:
    """Points along a cubic Bézier curve from a to b."""
    out = QPolygonF()
    for i in range(steps + 1):
        t = i / steps
        s = 1 - t
        w0, w1, w2, w3 = s * s * s, 3 * s * s * t, 3 * s * t * t, t * t * t
        out.append(QPointF(w0 * a.x() + w1 * c1.x() + w2 * c2.x() + w3 * b.x(),
                           w0 * a.y() + w1 * c1.y() + w2 * c2.y() + w3 * b.y()))
    return out


def anchor(p: Placed, u: float) -> QPointF:
    """Where links meet a span: the top of its start corner (right end in a right-to-left
    line); the middle of the top for a short entity."""
    first = p.rects[0]
    if p.style.fill and first.width() < 80 * u:
        return QPointF(first.center().x(), first.top() + 2 * u)
    inset = min(6 * u, first.width() / 2)
    return QPointF(first.right() - inset if p.rtl else first.left() + inset, first.top() + 2 * u)


def foot_anchor(p: Placed, u: float) -> QPointF:
    """Where a link leaves a span downwards: the foot of its last line, at the end nearest
    its start corner (as anchor() does at the top)."""
    last = p.rects[-1]
    if p.style.fill and last.width() < 80 * u:
        return QPointF(last.center().x(), last.bottom() - 2 * u)
    inset = min(6 * u, last.width() / 2)
    return QPointF(last.right() - inset if p.rtl else last.left() + inset, last.bottom() - 2 * u)


class LinkPainter:
    def __init__(self, renderer: SpanRenderer):
        self.renderer = renderer
        self.links = LinkIndex()
        self.text = ""
        self.pending: tuple[int, int] | None = None   # (from, to) of a link being made
        self.tags: list[LinkTag] = []
        self.arcs: list[int] = []   # ids of the links drawn whole in the last paint
        self.paths: dict[int, QPolygonF] = {}  # link id (0: the one being made) -> its curve
        self.label_rects: dict[int, QRectF] = {}  # link id -> the box of its type
        self._texts: dict[tuple[str, float], QStaticText] = {}

    def paint(self, painter: QPainter, placed: list[Placed]) -> None:
        self.tags, self.arcs, self.paths, self.label_rects = [], [], {}, {}
        if not placed or (not len(self.links) and self.pending is None):
            return
        r = self.renderer
        u = r._unit()
        by_id = {p.item.id: p for p in placed}
        height = r.view.viewport().height()
        ink = QColor(r.view.palette().text().color())
        page = QColor(r.view.palette().base().color())
        font = r.tag_font()
        font.setBold(False)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        focus = r.selected
        done: set[int] = set()
        for p in placed:
            for rel in self.links.of(p.item.id):
                if rel.id in done:
                    continue
                done.add(rel.id or 0)
                other_id = rel.tail if rel.head == p.item.id else rel.head
                other = by_id.get(other_id)
                strong = focus in (rel.head, rel.tail)
                if other is not None and 0 <= anchor(other, u).y() <= height:
                    head, tail = (p, other) if rel.head == p.item.id else (other, p)
                    self._arc(painter, head, tail, rel.type, ink, page, fm, u, strong,
                              key=rel.id or 0)
                    self.arcs.append(rel.id or 0)
                else:
                    self._away(painter, p, other_id, rel, other, ink, page, fm, u, strong)
        if self.pending is not None:
            a, b = (by_id.get(i) for i in self.pending)
            if a is not None and b is not None and a is not b:
                self._arc(painter, a, b, "…", ink, page, fm, u, True, dashed=True, key=0)
            if b is not None:  # the end Tab picked, waiting for Enter
                pen = self._pen(ink, u, True, dashed=True)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for rect in b.rects:
                    painter.drawRoundedRect(rect.adjusted(-2 * u, u, 2 * u, -u), 4 * u, 4 * u)

    # ---- one link ------------------------------------------------------------------------
    def _pen(self, ink: QColor, u: float, strong: bool, dashed: bool = False) -> QPen:
        color = QColor(ink)
        color.setAlphaF(0.9 if strong else 0.5)
        pen = QPen(color, 2 if strong else 1)
        pen.setCosmetic(True)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def _arc(self, painter: QPainter, head: Placed, tail: Placed, type_: str, ink: QColor,
             page: QColor, fm: QFontMetricsF, u: float, strong: bool,
             dashed: bool = False, key: int = 0) -> None:
        a, b = anchor(head, u), anchor(tail, u)
        line_h = head.rects[0].height()
        if abs(a.y() - b.y()) > 0.5 * line_h:
            # On different lines: leave the upper end at its foot and run in the gap under
            # its line, then to the lower end's top, never through the upper line's letters.
            upper_is_head = a.y() < b.y()
            up = head if upper_is_head else tail
            foot = foot_anchor(up, u)
            gap = up.rects[-1].bottom()
            start, end = (foot, b) if upper_is_head else (a, foot)
            points = _cubic(start, QPointF(start.x(), gap), QPointF(end.x(), gap), end)
            tip_up = not upper_is_head  # the arrow at the tail: pointing up at a foot
        else:
            # Low arcs stay in the gap above the line, over as few letters as can be.
            rise = min(0.22 * line_h, 4 * u + 0.03 * abs(a.x() - b.x()))
            # (never above the page: the type is read at the top of the arc)
            top = max(min(a.y(), b.y()) - rise, fm.height() * 0.8)
            points = _cubic(a, QPointF(a.x(), top), QPointF(b.x(), top), b)
            tip_up = False
        # The curve as a short polyline with a cosmetic pen: stroking a wide antialiased path
        # costs about ten times as much for the same pixels.
        self.paths[key] = points
        pen = self._pen(ink, u, strong, dashed)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(points)
        self._arrow(painter, points[len(points) - 1], pen.color(), u, tip_up)
        self.label_rects[key] = self._label(painter, points[len(points) // 2], type_, ink, page,
                                            fm, u, strong)

    def _arrow(self, painter: QPainter, at: QPointF, color: QColor, u: float,
               up: bool = False) -> None:
        s = 3.5 * u
        back = 1.8 * s if up else -1.8 * s  # the base of the arrowhead, behind its tip
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawPolygon(QPolygonF([at, QPointF(at.x() - s, at.y() + back),
                                       QPointF(at.x() + s, at.y() + back)]))

    def _label(self, painter: QPainter, center: QPointF, text: str, ink: QColor, page: QColor,
               fm: QFontMetricsF, u: float, strong: bool) -> QRectF:
        # Laid out once per text and size, not at every paint (Arabic shaping is not free).
        key = (text, painter.font().pointSizeF())
        static = self._texts.get(key)
        if static is None:
            static = self._texts[key] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=painter.font())
        size = static.size()
        w, h = size.width() + 6 * u, size.height() + u
        rect = QRectF(center.x() - w / 2, center.y() - h / 2, w, h)
        back = QColor(page)
        back.setAlphaF(0.8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(back)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # a plain box is cheap
        painter.drawRect(rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(ink)
        color.setAlphaF(1.0 if strong else 0.75)
        painter.setPen(color)
        painter.drawStaticText(QPointF(center.x() - size.width() / 2,
                                       center.y() - size.height() / 2), static)
        return rect

    def _away(self, painter: QPainter, p: Placed, other_id: int, rel: Relation,
              other: Placed | None, ink: QColor, page: QColor, fm: QFontMetricsF, u: float,
              strong: bool) -> None:
        """The other end is off screen: a tag over this end says which way and what."""
        here = anchor(p, u)
        if not 0 <= here.y() <= self.renderer.view.viewport().height():
            return
        up = self._is_above(other_id, other, p)
        item = self.renderer.index.get(other_id)
        words = " ".join(self.text[item.start:item.end].split()) if item else ""
        if len(words) > _SHORT:
            words = words[:_SHORT - 1] + "…"
        text = f"{rel.type} {'↑' if up else '↓'} {words}"
        pen = self._pen(ink, u, strong)
        painter.setPen(pen)
        lift = 0.55 * p.rects[0].height()
        top = QPointF(here.x(), here.y() - lift)
        painter.drawLine(here, top)
        rect = self._label(painter, top, text, ink, page, fm, u, True)
        self.tags.append(LinkTag(rect, other_id, rel, up))

    def _is_above(self, other_id: int, other: Placed | None, p: Placed) -> bool:
        if other is not None:
            return anchor(other, 1).y() < 0
        item = self.renderer.index.get(other_id)
        return item is not None and item.start < p.item.start

    def tag_at(self, point: QPointF) -> LinkTag | None:
        return next((t for t in self.tags if t.rect.contains(point)), None)
