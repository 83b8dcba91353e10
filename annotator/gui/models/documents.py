"""The document list: title, status (for the current annotator) and span count per document.

Shows the documents passing the status filter and the search, in id order. Search goes through
project.search, so it ignores tashkeel, tatweel and alef/hamza forms. Nothing here reads every
document at once: the ids come from SQL a chunk per event-loop turn (rows appended as they
arrive) and a row's fields are read a page at a time when the view shows it
(document_rows.py), so the window stays responsive at 100,000 documents. Rows follow the
store's announcements: a document added, removed or imported reloads the list; a span or
status change re-reads that document's row.
"""
from __future__ import annotations

import sqlite3
from array import array
from time import perf_counter
from typing import Any, Iterator

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QObject, QPersistentModelIndex, Qt, QTimer, Signal)

from annotator.core.events import SPAN_KINDS, Change, Kind
from annotator.core.model import Status
from annotator.core.store import Project
from annotator.gui.digits import arg, digits
from annotator.gui.next_paint import PAUSE_MS  # after a showing, before reading on
from annotator.gui.models.document_rows import RowPages, count_status, id_chunks
from annotator.gui.models.roles import (Roles, status_text, role_names, status_icon,
                                        text_alignment, header_text)

Index = QModelIndex | QPersistentModelIndex
TITLE, STATUS, SPANS, AGREEMENT = range(4)
_HEADERS = (QT_TRANSLATE_NOOP("Headers", "Title"), QT_TRANSLATE_NOOP("Headers", "Status"),
            QT_TRANSLATE_NOOP("Headers", "Spans"), QT_TRANSLATE_NOOP("Headers", "Agreement"))
SHOW_EVERY = 0.1   # seconds between two showings of rows read meanwhile
_RELOADS = {Kind.DOCUMENT_ADDED, Kind.DOCUMENT_REMOVED, Kind.BULK}
_ANSWERED = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole, Roles.DocId, Roles.Title, Roles.Status, Roles.SpanCount))
_ROW_CHANGES = SPAN_KINDS | {Kind.STATUS_CHANGED, Kind.DOCUMENT_CHANGED, Kind.LABEL_REMOVED,
                             Kind.SCHEME_REPLACED}


class DocumentListModel(QAbstractTableModel):
    loaded = Signal()  # the last chunk of a list read after a reset has arrived

    def __init__(self, project: Project, annotator: str, parent: QObject | None = None,
                 wait: bool = False):
        """`wait`: no rows until read_from() is called (the window shows its frame first)."""
        super().__init__(parent)
        self._project = project
        self._annotator = annotator
        self._ids = array("q")                     # the visible documents read so far
        self._rows: dict[int, int] = {}            # id -> row, for those and the pending
        self._dropped: dict[int, int] = {}         # the previous list's, freed a turn later
        self._pending: list[int] = []              # read, not shown yet
        self._shown_at = 0.0
        self._chunks: Iterator[tuple[list[int], bool]] | None = None  # the rest, to read
        self._pages = RowPages(project, annotator)
        self._total = 0
        self._status: Status | None = None
        self._query = ""
        self._order, self._descending = "id", False
        self._agreement: dict[int, float | None] | None = None  # None: no such column
        self._pump = QTimer(self, singleShot=True, interval=0)
        self._pump.timeout.connect(self._more)
        self._subscription = project.events.subscribe_batches(self._follow)
        self.reload(wait=wait)

    # --- what the window asks for -------------------------------------------------------
    def set_project(self, project: Project, annotator: str | None = None,
                    wait: bool = False) -> None:
        """Show another project's list (`wait`: from read_from() on, as reload)."""
        self._subscription.cancel()
        self._project = project
        self._subscription = project.events.subscribe_batches(self._follow)
        if annotator is not None:
            self._annotator = annotator
        self._query, self._status = "", None
        self.reload(wait=wait)

    def set_annotator(self, annotator: str) -> None:
        self._annotator = annotator
        self.reload()

    def reload(self, recount: bool = True, wait: bool = False) -> None:
        """Read the list again: the first chunk now, the rest a chunk per event-loop turn.
        `wait`: no rows now, all read from read_from() on (a window opening a project paints
        itself first, then the document, then the list)."""
        self.beginResetModel()
        self._pages = RowPages(self._project, self._annotator)
        if recount:
            self._total = self._project.documents.count() if self._project else 0
        self._chunks = id_chunks(self._project, self._annotator, self._status, self._query,
                                 self._order, self._descending,
                                 self._agreement) if self._project else None
        # The old rows are freed in the next turn, not in this one, which also paints the
        # new list: freeing 100,000 of them takes about 3 ms.
        self._dropped = self._rows
        self._ids, self._rows, self._pending = array("q"), {}, []
        if not wait:
            self._ids.extend(self._take())
        self._shown_at = perf_counter()
        self._pump.stop()
        if self._chunks is not None and not wait:
            self._pump.start(PAUSE_MS)  # the view paints the first rows before reading on
        self.endResetModel()

    def read_from(self, ms: int) -> None:
        """Read the list from `ms` milliseconds on (after a reload that waits)."""
        if self._chunks is not None and not self._pump.isActive():
            self._pump.start(ms)

    def loading(self) -> bool:
        """True while rows of the list are still to come."""
        return self._chunks is not None or bool(self._pending)

    def finish_loading(self) -> None:
        """Read the rest of the list now (tests, and callers that need every id)."""
        while self.loading():
            self._more(show=True)

    def _take(self) -> list[int]:
        """The next chunk of ids, their rows noted (shown later, by _show)."""
        try:
            chunk, last = (next(self._chunks, ([], True)) if self._chunks is not None
                           else ([], True))
        except sqlite3.ProgrammingError:  # the project was closed meanwhile (window closing)
            chunk, last = [], True
        if last:
            self._chunks = None
        first = len(self._ids) + len(self._pending)
        self._rows.update(zip(chunk, range(first, first + len(chunk))))
        return chunk

    def _more(self, show: bool = False) -> None:
        """One turn of the arriving list: read the next chunk, or show the rows read so far,
        never both unless asked (`show`). Showing rows repaints the list (Qt lays the view
        out again whenever its row count changes), which costs as much as a reading turn:
        together they made the longest turns. Rows are shown every SHOW_EVERY seconds and
        at the end."""
        self._dropped = {}
        due = (show or self._chunks is None or not self._ids  # the first rows: at once
               or perf_counter() >= self._shown_at + SHOW_EVERY)
        if self._chunks is not None and (show or not (due and self._pending)):
            self._pending.extend(self._take())
            if not show:
                self._pump.start(0)  # read on, or show the last rows in a turn of their own
                return
        if self._pending:
            self._show()
        if self._chunks is not None:
            self._pump.start(PAUSE_MS)  # the view repaints first; reading runs apart
        else:
            self.loaded.emit()

    def _show(self) -> None:
        chunk, self._pending = self._pending, []
        self._shown_at = perf_counter()
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(chunk) - 1)
        self._ids.extend(chunk)
        self.endInsertRows()

    def set_agreement(self, values: dict[int, float | None] | None) -> None:
        """Show an agreement column (gui/team): a value per document, None to hide it."""
        if values is not None and self._agreement is not None:  # new figures: keep selection
            self._agreement = values
            if self._order == "agreement":
                self.reload(recount=False)
                return
            if self._ids:
                self.dataChanged.emit(self.index(0, AGREEMENT),
                                      self.index(len(self._ids) - 1, AGREEMENT))
            return
        self.beginResetModel()
        self._agreement = values
        self.endResetModel()

    @property
    def agreement_shown(self) -> bool:
        return self._agreement is not None

    def set_status_filter(self, status: Status | str | None) -> None:
        self._status = Status.parse(status) if status else None
        self.reload(recount=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the list by a column (the view's header); -1 restores the id order."""
        key = {TITLE: "title", STATUS: "status", SPANS: "spans",
               AGREEMENT: "agreement"}.get(column, "id")
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._order, self._descending):
            self._order, self._descending = key, descending
            self.reload(recount=False)

    def sort_order(self) -> tuple[str, bool]:
        return self._order, self._descending

    def set_search(self, query: str) -> None:
        self._query = query.strip()
        self.reload(recount=False)

    def _follow(self, changes: list[Change]) -> None:
        if any(c.kind in _RELOADS for c in changes):
            self.reload()
            return
        touched: dict[int, None] = {}
        for change in changes:
            if change.kind in _ROW_CHANGES:
                touched.update(dict.fromkeys(change.documents()))
        for doc_id in touched:
            self.refresh_document(doc_id)

    def refresh_document(self, doc_id: int) -> None:
        """Re-read one document's status and span count (after an edit or a status change)."""
        self._pages.forget(doc_id)
        r = self.row_of(doc_id)
        passes = self._status is None or self.status_of(doc_id) == self._status
        if r is not None and passes:
            self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
        elif r is not None or (passes and self._status is not None):
            self.reload()

    def all_ids(self) -> list[int]:
        """Every document of the project, in id order (reads them all: not for every turn)."""
        return self._project.documents.ids() if self._project else []

    def total(self) -> int:
        return self._total

    def position(self, doc_id: int | None) -> int | None:
        """The place of a document among all the project's, None if it has none."""
        if doc_id is None or not self.exists(doc_id):
            return None
        if self._status is None and not self._query:  # the list shows every document
            r = self.row_of(doc_id)
            if r is not None:
                return r
        # Counted in the small id index: the table's pages hold whole texts, and reading half
        # of them is what made this slow.
        try:
            return int(self._project.conn.execute(
                "SELECT count(*) FROM documents INDEXED BY documents_order WHERE id < ?",
                (doc_id,)).fetchone()[0])
        except sqlite3.OperationalError:  # a schema without that index
            return int(self._project.conn.execute(
                "SELECT count(*) FROM documents WHERE id < ?", (doc_id,)).fetchone()[0])

    def exists(self, doc_id: Any) -> bool:
        return isinstance(doc_id, int) and self._project is not None and \
            self._project.conn.execute("SELECT 1 FROM documents WHERE id = ?",
                                       (doc_id,)).fetchone() is not None

    def first_id(self) -> int | None:
        row = self._project.conn.execute("SELECT min(id) FROM documents").fetchone()
        return None if row is None else row[0]

    def visible_ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, doc_id: int | None) -> int | None:
        """The visible row of a document, or None when it is filtered out (or not shown yet)."""
        r = None if doc_id is None else self._rows.get(doc_id)
        return r if r is not None and r < len(self._ids) else None

    def neighbour(self, doc_id: int | None, step: int) -> int | None:
        """The document `step` places from `doc_id` in the list as shown (or in the whole
        project when the current one is not shown); None past either end."""
        r = self.row_of(doc_id)
        if r is not None:
            while r + step >= len(self._ids) and self.loading():
                self._more(show=True)  # still arriving: the next one may be in it
            at = r + step
            return self._ids[at] if 0 <= at < len(self._ids) else None
        if doc_id is None or not self.exists(doc_id):
            return self._ids[0] if self._ids else self.first_id()
        op, order = (">", "ASC") if step > 0 else ("<", "DESC")
        row = self._project.conn.execute(
            f"SELECT id FROM documents WHERE id {op} ? ORDER BY id {order} LIMIT 1 OFFSET ?",
            (doc_id, abs(step) - 1)).fetchone()
        return None if row is None else row[0]

    def status_of(self, doc_id: int) -> Status:
        return self._project.statuses.get(doc_id, self._annotator)

    def count_status(self, status: Status | str) -> int:
        return count_status(self._project, self._annotator, Status.parse(status))

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS) - (self._agreement is None)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header_text(_HEADERS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each cell for seven roles as it paints; four of them (font, colours,
        # check state) are never set here: answered before a row is looked up.
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        try:
            row = self._pages.row(self._ids, index.row())
        except sqlite3.ProgrammingError:  # a repaint after the project was closed
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TITLE:
                return row["title"] or arg(QCoreApplication.translate(
                    "Documents", "Document %1"), row["id"])
            if col == STATUS:
                return status_text(row["status"])
            if col == AGREEMENT:
                value = (self._agreement or {}).get(row["id"])
                return "" if value is None else digits(f"{value:.2f}")
            return digits(row["spans"])
        if role == Qt.ItemDataRole.DecorationRole and col == STATUS:
            return status_icon(row["status"])
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE:
            return row["title"]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == TITLE:
                return text_alignment(row["title"])
            if col in (SPANS, AGREEMENT):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Roles.DocId:
            return row["id"]
        if role == Roles.Title:
            return row["title"]
        if role == Roles.Status:
            return row["status"].value
        if role == Roles.SpanCount:
            return row["spans"]
        return None

    def roleNames(self) -> dict[int, bytes]:
        return super().roleNames() | role_names(Roles.DocId, Roles.Title, Roles.Status,
                                                Roles.SpanCount)
