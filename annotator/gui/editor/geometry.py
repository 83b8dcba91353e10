"""Where a span is on screen: one rectangle per line piece, in viewport coordinates.

Rectangles come from caret positions on lines of one direction and from the laid-out glyph
runs on lines mixing directions, so right-to-left lines, wrapped lines and mixed
Arabic/Latin lines all give the right pixels. Only visible blocks are ever asked for.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QTextBlock, QTextLine
from PySide6.QtWidgets import QTextEdit


# A line holding Latin letters or digits next to Arabic has runs in both directions, where
# a caret position at a run's edge is ambiguous; such lines use the laid-out glyph runs.
MIXED = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u0660-\u0669\u06F0-\u06F9]")


def visible_blocks(view: QTextEdit) -> list[tuple[QTextBlock, QPointF]]:
    """Blocks in the viewport, each with the viewport position of its layout's origin."""
    doc = view.document()
    layout = doc.documentLayout()
    dx = view.horizontalScrollBar().value()
    dy = view.verticalScrollBar().value()
    height = view.viewport().height()
    # Hit-testing lays out only down to the point asked for, and answers oddly above it:
    # lay out to the viewport's bottom first, then ask for the block at its top.
    layout.hitTest(QPointF(0, dy + height), Qt.HitTestAccuracy.FuzzyHit)
    # A point in the document's top margin gets an arbitrary block (often the last laid-out
    # one, and then the walk back below is long): ask just under the margin there.
    top = max(dy, doc.documentMargin())
    pos = layout.hitTest(QPointF(view.viewport().width() / 2, top), Qt.HitTestAccuracy.FuzzyHit)
    block = doc.findBlock(max(0, pos))
    while block.previous().isValid() and layout.blockBoundingRect(block.previous()).bottom() > dy:
        block = block.previous()
    out: list[tuple[QTextBlock, QPointF]] = []
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.top() - dy > height:
            break
        if rect.bottom() - dy >= 0:
            lp = block.layout().position()
            out.append((block, QPointF(lp.x() - dx, lp.y() - dy)))
        block = block.next()
    return out


class BlockLines:
    """One visible block's lines and direction, gathered once per paint for all its spans.

    lines: (start, end, line, y, height, exact_caret) in block positions. exact_caret: the line
    has one direction throughout, so caret x is the span's edge. In a right-to-left paragraph
    that is decided per line (a neutral next to Arabic resolves right-to-left, so a line of
    Arabic stays one-directional whatever the lines around it hold; a number elsewhere in the
    paragraph no longer sends every line to the slow glyph runs). A left-to-right paragraph
    is judged whole, as its neutrals can take the direction of a neighbouring line.
    """

    __slots__ = ("block", "origin", "start", "end", "rtl", "lines", "_starts")

    def __init__(self, block: QTextBlock, origin: QPointF):
        self.block, self.origin = block, origin
        self.start = block.position()
        self.end = self.start + block.length()
        self.rtl = block.textDirection() == Qt.LayoutDirection.RightToLeft
        text = block.text()
        whole = not MIXED.search(text)
        layout = block.layout()
        self.lines: list[tuple[int, int, QTextLine, float, float, bool]] = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            ls = line.textStart()
            le = ls + line.textLength()
            exact = whole or (self.rtl and not MIXED.search(text, ls, le))
            self.lines.append((ls, le, line, line.y(), line.height(), exact))
        self._starts = [ln[0] for ln in self.lines]


def span_rects(info: BlockLines, qstart: int, qend: int) -> list[QRectF]:
    """Rectangles of Qt positions [qstart, qend) within one block, one per line (line height,
    text extent), in viewport coordinates."""
    a = qstart - info.start if qstart > info.start else 0
    b = min(qend - info.start, info.end - info.start - 1)
    rects: list[QRectF] = []
    if a >= b:
        return rects
    ox, oy = info.origin.x(), info.origin.y()
    lines = info.lines
    # First line that can hold position a: the lines are in text order.
    for i in range(max(0, bisect_right(info._starts, a) - 1), len(lines)):
        ls, le, line, y, h, exact = lines[i]
        if ls >= b:
            break
        lo = a if a > ls else ls
        hi = b if b < le else le
        if lo >= hi:
            continue
        if exact:
            # Caret x of both ends: exact here and far cheaper than shaping glyph runs.
            x1, x2 = line.cursorToX(lo)[0], line.cursorToX(hi)[0]
            left, right = (x1, x2) if x1 < x2 else (x2, x1)
        else:
            xs = [(r.left(), r.right()) for r in
                  (run.boundingRect() for run in info.block.layout().glyphRuns(lo, hi - lo))
                  if r.width() > 0]
            if not xs:
                continue
            left, right = min(x for x, _ in xs), max(x for _, x in xs)
        if right > left:
            rects.append(QRectF(ox + left, oy + y, right - left, h))
    return rects
