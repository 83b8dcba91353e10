"""Work that waits until a widget has painted, then for a pause.

Opening a project shows the window a part at a time: the frame first, the document's text and
the list's rows in later event-loop turns. A timer started before the first paint is not
enough: that paint takes longer than the pause, so the timer would be due as it ends and run
in the same pass, holding the window as long as doing both at once (bench/bench_window.py).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PAUSE_MS = 15   # after a paint: time for input and other timers before more work


class _NextPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None], pause_ms: int):
        super().__init__(widget)
        self._then, self._pause_ms = then, pause_ms
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Parented to the widget: a window closed meanwhile takes the timer with it.
            QTimer.singleShot(self._pause_ms, watched, self._then)
            self.deleteLater()
        return False


def after_next_paint(widget: QWidget, then: Callable[[], None],
                      pause_ms: int = PAUSE_MS) -> None:
    """Run `then` `pause_ms` after `widget` next paints (it must be shown, or about to be)."""
    _NextPaint(widget, then, pause_ms)
