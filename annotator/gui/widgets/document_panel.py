"""The document list with its search box and status filter; knows the order for next/previous."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from annotator.core.model import Status
from annotator.gui.models import DocumentListModel, Roles
from annotator.gui.models.documents import SPANS, STATUS, TITLE
from annotator.gui.digits import counted, digits
from annotator.gui.models.roles import status_icon, status_text
from annotator.gui.widgets.document_view import DocumentTableView
from annotator.gui.widgets.rows import show_row
from annotator.gui.widgets.text_direction import TextDirectionDelegate


class DocumentPanel(QWidget):
    documentActivated = Signal(int)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        # short enough never to be cut off; the tooltip says what the search ignores
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Documents containing every word, ignoring tashkeel "
                                       "and tatweel: بغداد also finds بَغْدَادَ and وبغداد"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(status_icon(status), status_text(status), status.value)
        # A table, not a tree: a tree lays out every row again (asking Python whether each has
        # children) whenever rows arrive, which took seconds at 100,000 documents.
        self.view = DocumentTableView()
        self.view.setModel(model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # cuts the end of the title
        self.view.setObjectName("documentList")
        self.view.setItemDelegateForColumn(TITLE, TextDirectionDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Click a header to order the list by it, again for the reverse, a third time for the
        # order of import (the ids); the model orders in SQL, a chunk per turn.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        # Fixed widths, measured once: sizing to contents would read every row of the list.
        metrics = self.view.fontMetrics()
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(STATUS, 36 + max(metrics.horizontalAdvance(t)
                                              for t in [*map(status_text, Status), "Status"]))
        header.setSectionResizeMode(SPANS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SPANS, 20 + metrics.horizontalAdvance("00000"))
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.count_label.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        # Search after a short pause in typing, not at every key.
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_search)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._chunk_arrived)  # a long list arrives in chunks
        model.loaded.connect(self._update_count)
        self._current: int | None = None
        self._update_count()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())
        self.select(self._current)

    def hideEvent(self, event) -> None:
        self._search_timer.stop()  # a pending search must not outlive the window's project
        super().hideEvent(event)

    def set_status_filter(self, status: Status | str | None) -> None:
        value = Status.parse(status).value if status else None
        self.status_filter.setCurrentIndex(self.status_filter.findData(value))

    def _filter_changed(self, _index: int) -> None:
        self.model.set_status_filter(self.status_filter.currentData())
        self.select(self._current)

    def _clicked(self, index: QModelIndex) -> None:
        doc_id = index.data(Roles.DocId)
        if doc_id is not None and doc_id != self._current:
            self.documentActivated.emit(doc_id)

    def select(self, doc_id: int | None) -> None:
        """Show `doc_id` as the current row (without emitting documentActivated)."""
        self._current = doc_id
        show_row(self.view, self.model,
                 self.model.row_of(doc_id) if doc_id is not None else None, TITLE)

    def neighbour(self, doc_id: int | None, step: int) -> int | None:
        """The document `step` places from `doc_id` in the list as shown (or in the whole
        project when the current one is filtered out); None past either end."""
        return self.model.neighbour(doc_id, step)

    def _chunk_arrived(self) -> None:
        # The count is said once the list is whole (model.loaded): a label changing at every
        # chunk made the whole window lay itself out again each turn. The current row is shown
        # as soon as its chunk is in.
        if self._current is not None and not self.view.selectionModel().hasSelection():
            self.select(self._current)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if self.model.loading():  # the count is not known yet (a space keeps the line)
            text = "\u00a0"
        elif total == 0:  # a new project: say how to fill it
            text = self.tr("No documents yet. Import them from the File menu, or drop files "
                           "here.")
        elif shown == total:
            text = digits(self.tr("%n document(s)", "", total))
        else:
            text = counted(self.tr("%1 of %n document(s) shown", "", total), shown)
        self.count_label.setText(text)
        self.select(self._current)
