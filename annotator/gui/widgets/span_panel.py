"""The spans of the open document; clicking one asks the editor to jump to it."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout,
                               QWidget)

from annotator.gui.digits import digits
from annotator.gui.models import Roles, SpanListModel
from annotator.gui.models.spans import LABEL, POSITION, TEXT
from annotator.gui.widgets.rows import show_row
from annotator.gui.widgets.span_filter import SpanFilter
from annotator.gui.widgets.text_direction import TextDirectionDelegate


class SpanPanel(QWidget):
    spanActivated = Signal(int)

    def __init__(self, model: SpanListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.title = QLabel(self.tr("Spans"))
        self.title.setObjectName("panelTitle")
        self.view = QTreeView()
        self.view.setModel(model)
        self.view.setObjectName("spanList")
        self.view.setItemDelegateForColumn(TEXT, TextDirectionDelegate(self.view))
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.ResizeToContents)
        # Room for a few rows whatever the window's height (it showed four at 1280x800).
        self.view.setMinimumHeight((self.view.fontMetrics().height() + 8) * 4)  # header + 3
        self.filter = SpanFilter(model)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        model.modelReset.connect(self._update)
        self._update()

    def _clicked(self, index: QModelIndex) -> None:
        span_id = index.data(Roles.SpanId)
        if span_id is not None:
            self.spanActivated.emit(span_id)

    def select(self, span_id: int | None) -> None:
        show_row(self.view, self.model, self.model.row_of(span_id), TEXT)

    def refresh_title(self) -> None:
        self._update()

    def _update(self) -> None:
        n, total = self.model.rowCount(), self.model.total()
        if n == total:
            self.title.setText(digits(self.tr("Spans (%1)").replace("%1", str(n))) if n
                               else self.tr("Spans"))
        else:
            self.title.setText(digits(self.tr("Spans (%1 of %2)").replace("%1", str(n))
                                      .replace("%2", str(total))))
        self.empty.setText(self.tr("No spans yet. Select words in the text and press a "
                                   "label's key.") if total == 0 else
                           self.tr("No span matches the filter."))
        self.empty.setVisible(n == 0 and self.model.document_id() is not None)
