"""Where the keyboard is: a focus ring around the widget that has the focus, a Tab order that
follows each panel, and Escape from any panel back to the text.

The ring is one QFocusFrame that follows the focus through the window and paints a rounded
frame in the theme's highlight colour, two pixels wide, over the focused widget's edge (inside its bounds, so a
splitter or a scroll area never clips it). It works for every kind of widget alike (lists,
search boxes, combo boxes, buttons, the note fields, the article) without restyling them.
"""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget


class FocusRing(QFocusFrame):
    """Follows the focus inside `window` (other windows and menus keep their own look)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._window = window
        # A slot of this QObject: Qt drops the connection when the ring goes with the window.
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            wanted = new if new is not None and new.window() is self._window else None
            self.setWidget(wanted)
            if wanted is not None:
                self._over()
        except RuntimeError:  # the ring or the widget is being deleted with the window
            pass

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Qt stacks the frame under the widget again when it moves (the Fusion style's
        # choice): above it, the ring is drawn over the widget's own edge.
        done = super().eventFilter(obj, event)
        if obj is self.widget() and event.type() in (QEvent.Type.Move, QEvent.Type.Resize,
                                                     QEvent.Type.ZOrderChange,
                                                     QEvent.Type.Show):
            self._over()
        return done

    def _over(self) -> None:
        # Above the widget, and without the style's mask (which keeps only the margin
        # outside the widget, where a splitter or the window's edge clips it).
        self.clearMask()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        target = self.widget()
        if target is None or not target.isVisible():
            return
        # The widget's own rectangle, in this frame's coordinates (the frame is a margin wider).
        at = target.mapTo(self.parentWidget(), target.rect().topLeft()) - self.pos()
        edge = QRectF(at.x(), at.y(), target.width(), target.height())
        painter = QPainter(self)
        color = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(color, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(edge.adjusted(1, 1, -1, -1))
        painter.end()


def tab_chain(widgets: Iterable[QWidget]) -> None:
    """Tab goes through `widgets` in this order (Qt's own order is the order of creation)."""
    chain = [w for w in widgets if w is not None]
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)


class EscapeTo(QObject):
    """Escape (no modifier) in any of the widgets it watches puts the focus on `target()`."""

    def __init__(self, target: Callable[[], QWidget], parent: QObject):
        super().__init__(parent)
        self.target = target

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.target().setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False
