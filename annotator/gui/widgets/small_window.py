"""Below 1024x640 the window does not fit all three panels readably: the document list folds
away (next/previous and the document search keys still reach it) and the status bar says what
is hidden and how to get it back. At 1024x640 and up the list comes back by itself."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QWidget

SMALLEST = QSize(1024, 640)   # every panel readable from this size up


class SmallWindow(QObject):
    def __init__(self, window: QMainWindow, folded: QWidget, note: QLabel):
        super().__init__(window)
        self.window, self.folded, self.note = window, folded, note
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

    def follow(self) -> None:
        if self.small():
            if self.folded.isVisible() or self.hid:
                self.hid = True
                self.folded.hide()
                self.note.setText(self.tr("Document list hidden below 1024×640 (Alt+↓ / Alt+↑: "
                                          "next / previous)"))
                self.note.setToolTip(self.note.text())
                self.note.show()
        elif self.hid:
            self.hid = False
            self.folded.show()
            self.note.hide()
