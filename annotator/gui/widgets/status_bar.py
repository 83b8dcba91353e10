"""The status bar: where the annotator is, how much is done, and who they are."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from annotator.gui.digits import arg, counted, digits
from annotator.gui.widgets.style import LRM


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.position = QLabel()
        self.spans = QLabel()
        self.annotator = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(True)
        for widget in (self.position, self.spans, self.annotator):
            widget.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.progress)

    def show_state(self, *, index: int | None, total: int, spans: int, annotator: str,
                   done: int) -> None:
        """index is 0-based, None when no document is open."""
        self.position.setText(arg(self.tr("Document %1 of %2"), index + 1, total)
                              if index is not None
                              else digits(self.tr("%n document(s)", "", total)))
        self.spans.setText(digits(self.tr("%n span(s)", "", spans)) if index is not None
                           else "")
        self.annotator.setText(arg(self.tr("Annotator: %1"), annotator))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        # LRM: "3/10" stays in that order in a right-to-left window
        self.progress.setFormat(LRM + arg(self.tr("%1/%2 done"), done, total))
        self.progress.setToolTip(counted(self.tr("%1 of %n document(s) marked done by %2", "",
                                                 total), done, annotator))

    def text(self) -> str:
        """Everything the bar shows, in one line (for tests and accessibility)."""
        parts = [w.text() for w in (self.position, self.spans, self.annotator)]
        parts.append(self.progress.format().replace(LRM, ""))
        return " · ".join(p for p in parts if p)
