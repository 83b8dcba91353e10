"""Toolbar arrows drawn in the theme's text colour and pointing the way the window reads.

The style's standard arrows are dark grey whatever the theme, and are chosen once for the
direction at the time: in a right-to-left window "back" must point right. These are drawn
again whenever the theme or the direction changes (MainWindow.refresh_icons).
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

_SIZE = 32  # drawn at twice the 16-pixel size, for high-density screens


def _canvas() -> tuple[QPixmap, QPainter]:
    pix = QPixmap(_SIZE, _SIZE)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pix, painter


def _done(pix: QPixmap, painter: QPainter, mirror: bool) -> QIcon:
    painter.end()
    if mirror:
        pix = QPixmap.fromImage(pix.toImage().flipped(Qt.Orientation.Horizontal))
    pix.setDevicePixelRatio(2.0)
    return QIcon(pix)


def seek_icon(color: str, forward: bool, rtl: bool) -> QIcon:
    """Two triangles pointing forward (next) or back (previous) in reading order."""
    pix, p = _canvas()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    for x in (4.0, 15.0):  # drawn pointing right, mirrored as needed
        path = QPainterPath(QPointF(x, 7))
        path.lineTo(x + 13, 16)
        path.lineTo(x, 25)
        path.closeSubpath()
        p.drawPath(path)
    return _done(pix, p, mirror=forward == rtl)


def skip_icon(color: str, rtl: bool) -> QIcon:
    """A triangle and a bar: on to the next one, passing this."""
    pix, p = _canvas()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    path = QPainterPath(QPointF(6, 7))
    path.lineTo(20, 16)
    path.lineTo(6, 25)
    path.closeSubpath()
    p.drawPath(path)
    p.drawRect(QRectF(22, 7, 4, 18))
    return _done(pix, p, mirror=rtl)


def turn_icon(color: str, redo: bool, rtl: bool) -> QIcon:
    """A curved arrow turning back (undo) or forward (redo) in reading order."""
    pix, p = _canvas()
    pen = QPen(QColor(color), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    arc = QPainterPath(QPointF(9, 13))  # drawn as undo in a left-to-right window
    arc.cubicTo(QPointF(15, 7), QPointF(28, 8), QPointF(27, 18))
    arc.cubicTo(QPointF(26, 25), QPointF(20, 27), QPointF(16, 27))
    p.drawPath(arc)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    head = QPainterPath(QPointF(3, 14))
    head.lineTo(13, 7)
    head.lineTo(13, 19)
    head.closeSubpath()
    p.drawPath(head)
    return _done(pix, p, mirror=redo != rtl)


def chevron_icon(color: str, up: bool) -> QIcon:
    """A chevron up or down (the find bar's previous and next hit)."""
    pix, p = _canvas()
    p.setPen(QPen(QColor(color), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    ys = (20.0, 11.0) if up else (12.0, 21.0)
    p.drawPolyline([QPointF(8, ys[0]), QPointF(16, ys[1]), QPointF(24, ys[0])])
    return _done(pix, p, mirror=False)


def close_icon(color: str) -> QIcon:
    pix, p = _canvas()
    p.setPen(QPen(QColor(color), 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(9, 9), QPointF(23, 23))
    p.drawLine(QPointF(23, 9), QPointF(9, 23))
    return _done(pix, p, mirror=False)
