"""Below 1024x640 the window does not fit all three panels readably: the document list folds
away to nothing (next/previous and the document search keys still reach it) and the status bar says what
is hidden and how to get it back. At 1024x640 and up the list comes back by itself."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QSplitter

SMALLEST = QSize(1024, 640)   # every panel readable from this size up


class SmallWindow(QObject):
    """Folds the splitter's first panel to nothing (its width goes to the article) rather
    than hiding it: a hidden panel made the window lay itself out again, taller than a small
    screen at a scale factor of 2."""

    def __init__(self, window: QMainWindow, splitter: QSplitter, note: QLabel):
        super().__init__(window)
        self.window, self.splitter, self.note = window, splitter, note
        self._width = 0    # the folded panel's width, given back when the window grows
        self.note.setObjectName("smallWindowNote")
        # Shrinks with the window (its whole text is the tooltip): a label's own width made
        # the small window wider than the screen.
        self.note.setMinimumWidth(1)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note.hide()
        self.hid = False   # the list is hidden by this, not by the annotator
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.follow()
        return False

    def small(self) -> bool:
        size = self.window.size()
        return size.width() < SMALLEST.width() or size.height() < SMALLEST.height()

    def folded(self) -> bool:
        return self.splitter.sizes()[0] == 0

    def follow(self) -> None:
        if self.small():
            sizes = self.splitter.sizes()
            if sizes[0] > 0 or self.hid:
                if sizes[0] > 0:
                    self._width = sizes[0]
                    self.splitter.setSizes([0, sizes[1] + sizes[0], *sizes[2:]])
                self.hid = True
                self.note.setText(self.tr("Document list hidden below 1024×640 (Alt+↓ / Alt+↑: "
                                          "next / previous)"))
                self.note.setToolTip(self.note.text())
                self.note.show()
        elif self.hid:
            self.hid = False
            sizes = self.splitter.sizes()
            width = min(self._width or 250, max(0, sizes[1] - 300))
            self.splitter.setSizes([width, sizes[1] - width, *sizes[2:]])
            self.note.hide()
