"""The document list: title, status (for the current annotator) and span count per document.

Holds every document's row and shows those passing the status filter and the search. Search
goes through project.search, so it ignores tashkeel, tatweel and alef/hamza forms. Rows follow
the store's announcements: a document added, removed or imported reloads the list; a span or
status change re-reads that document's row.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QObject, QPersistentModelIndex, Qt)

from annotator.core.events import SPAN_KINDS, Change, Kind
from annotator.core.model import Status
from annotator.core.store import Project
from annotator.gui.digits import arg, digits
from annotator.gui.models.roles import (Roles, status_text, role_names, status_icon,
                                        text_alignment, header_text)

Index = QModelIndex | QPersistentModelIndex
TITLE, STATUS, SPANS, AGREEMENT = range(4)
_HEADERS = (QT_TRANSLATE_NOOP("Headers", "Title"), QT_TRANSLATE_NOOP("Headers", "Status"),
            QT_TRANSLATE_NOOP("Headers", "Spans"), QT_TRANSLATE_NOOP("Headers", "Agreement"))
_RELOADS = {Kind.DOCUMENT_ADDED, Kind.DOCUMENT_REMOVED, Kind.BULK}
_ROW_CHANGES = SPAN_KINDS | {Kind.STATUS_CHANGED, Kind.DOCUMENT_CHANGED, Kind.LABEL_REMOVED,
                             Kind.SCHEME_REPLACED}


class DocumentListModel(QAbstractTableModel):
    def __init__(self, project: Project, annotator: str, parent: QObject | None = None):
        super().__init__(parent)
        self._project = project
        self._annotator = annotator
        self._rows: list[dict[str, Any]] = []      # every document, in id order
        self._visible: list[int] = []              # indexes into _rows
        self._pos: dict[int, int] = {}             # document id -> index into _rows
        self._status: Status | None = None
        self._query = ""
        self._matches: set[int] | None = None      # None: no search
        self._agreement: dict[int, float | None] | None = None  # None: no such column
        self._subscription = project.events.subscribe_batches(self._follow)
        self.reload()

    # --- what the window asks for -------------------------------------------------------
    def set_project(self, project: Project, annotator: str | None = None) -> None:
        self._subscription.cancel()
        self._project = project
        self._subscription = project.events.subscribe_batches(self._follow)
        if annotator is not None:
            self._annotator = annotator
        self._query, self._matches, self._status = "", None, None
        self.reload()

    def set_annotator(self, annotator: str) -> None:
        self._annotator = annotator
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._project.documents.rows(self._annotator) if self._project else []
        self._pos = {row["id"]: i for i, row in enumerate(self._rows)}
        if self._query:
            self._matches = set(self._project.search.find(self._query))
        self._visible = self._filtered()
        self.endResetModel()

    def set_agreement(self, values: dict[int, float | None] | None) -> None:
        """Show an agreement column (gui/team): a value per document, None to hide it."""
        if values is not None and self._agreement is not None:  # new figures: keep selection
            self._agreement = values
            if self._visible:
                self.dataChanged.emit(self.index(0, AGREEMENT),
                                      self.index(len(self._visible) - 1, AGREEMENT))
            return
        self.beginResetModel()
        self._agreement = values
        self.endResetModel()

    @property
    def agreement_shown(self) -> bool:
        return self._agreement is not None

    def set_status_filter(self, status: Status | str | None) -> None:
        self._status = Status.parse(status) if status else None
        self._refilter()

    def set_search(self, query: str) -> None:
        self._query = query.strip()
        self._matches = set(self._project.search.find(self._query)) if self._query else None
        self._refilter()

    def _follow(self, changes: list[Change]) -> None:
        if any(c.kind in _RELOADS for c in changes):
            self.reload()
            return
        touched: dict[int, None] = {}
        for change in changes:
            if change.kind == Kind.DOCUMENT_CHANGED and change.field == "title":
                pos = self._position(change.doc_id) if change.doc_id is not None else None
                if pos is not None:
                    self._rows[pos]["title"] = change.new
            if change.kind in _ROW_CHANGES:
                touched.update(dict.fromkeys(change.documents()))
        for doc_id in touched:
            self.refresh_document(doc_id)

    def refresh_document(self, doc_id: int) -> None:
        """Re-read one document's status and span count (after an edit or a status change)."""
        pos = self._position(doc_id)
        if pos is None:
            return
        row = self._rows[pos]
        row["spans"] = self._project.spans.count(doc_id)
        row["status"] = self._project.statuses.get(doc_id, self._annotator)
        if pos in self._visible and self._passes(row):
            r = self._visible.index(pos)
            self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
        else:
            self._refilter()

    def all_ids(self) -> list[int]:
        return [row["id"] for row in self._rows]

    def visible_ids(self) -> list[int]:
        return [self._rows[i]["id"] for i in self._visible]

    def row_of(self, doc_id: int) -> int | None:
        """The visible row of a document, or None when it is filtered out."""
        pos = self._position(doc_id)
        return self._visible.index(pos) if pos is not None and pos in self._visible else None

    def status_of(self, doc_id: int) -> Status:
        pos = self._position(doc_id)
        return self._rows[pos]["status"] if pos is not None else Status.NEW

    def count_status(self, status: Status) -> int:
        return sum(1 for row in self._rows if row["status"] == status)

    # --- internals ----------------------------------------------------------------------
    def _position(self, doc_id: int) -> int | None:
        return self._pos.get(doc_id)

    def _passes(self, row: dict[str, Any]) -> bool:
        if self._status is not None and row["status"] != self._status:
            return False
        return self._matches is None or row["id"] in self._matches

    def _filtered(self) -> list[int]:
        return [i for i, row in enumerate(self._rows) if self._passes(row)]

    def _refilter(self) -> None:
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS) - (self._agreement is None)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header_text(_HEADERS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
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
        return {Roles.DocId: row["id"], Roles.Title: row["title"],
                Roles.Status: row["status"].value, Roles.SpanCount: row["spans"]}.get(role)

    def roleNames(self) -> dict[int, bytes]:
        return super().roleNames() | role_names(Roles.DocId, Roles.Title, Roles.Status,
                                                Roles.SpanCount)
