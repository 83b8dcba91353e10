"""The spans of the open document: text, label and position, in document order, optionally
filtered by label, layer, annotator and origin (the span list's filter row)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QObject, QPersistentModelIndex, Qt)

from annotator.core.events import SCHEME_KINDS, SPAN_KINDS, Change, Kind
from annotator.core.model import Span
from annotator.core.store import Project
from annotator.gui.digits import digits
from annotator.gui.models.roles import (Roles, header_text, role_names, swatch,
                                        text_alignment)

Index = QModelIndex | QPersistentModelIndex
TEXT, LABEL, POSITION = range(3)
_HEADERS = (QT_TRANSLATE_NOOP("Headers", "Text"), QT_TRANSLATE_NOOP("Headers", "Label"),
            QT_TRANSLATE_NOOP("Headers", "Position"))
FILTER_FIELDS = ("label", "layer", "annotator", "origin")
_MAX_SHOWN = 80  # a long quote is cut in the list; the tooltip has it all


class SpanListModel(QAbstractTableModel):
    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self._project = project
        self._doc_id: int | None = None
        self._text = ""
        self._all: list[Span] = []
        self._spans: list[Span] = []   # the shown ones: _all through the filter
        self._filter: dict[str, str] = {}
        self._colors: dict[str, str] = {}
        # span id -> its links: "said_by → ORG قسد" (full, the tooltip), "→ ORG" (the list)
        self._links: dict[int, list[tuple[str, str]]] = {}
        self._subscription = project.events.subscribe_batches(self._follow)

    def set_project(self, project: Project) -> None:
        self._subscription.cancel()
        self._project = project
        self._subscription = project.events.subscribe_batches(self._follow)
        self.set_document(None)

    def _follow(self, changes: list[Change]) -> None:
        """Read the list again after a commit that touched its document or the scheme."""
        doc = self._doc_id
        if doc is not None and any(
                c.kind in SCHEME_KINDS
                or (doc in c.documents() and (c.kind in SPAN_KINDS or c.kind == Kind.BULK))
                for c in changes):
            self.reload()

    def set_document(self, doc_id: int | None) -> None:
        self._doc_id = doc_id
        self._text = self._project.documents.get(doc_id).text if doc_id is not None else ""
        self.reload()

    def document_id(self) -> int | None:
        return self._doc_id

    def reload(self) -> None:
        self.beginResetModel()
        self._colors = {lab.name: lab.color for lab in self._project.labels.scheme().labels}
        self._all = self._project.spans.of(self._doc_id) if self._doc_id is not None else []
        self._links = self._read_links()
        self._apply_filter()
        self.endResetModel()

    def _read_links(self) -> dict[int, list[tuple[str, str]]]:
        if self._doc_id is None:
            return {}
        by_id = {s.id: s for s in self._all}
        out: dict[int, list[tuple[str, str]]] = {}
        for rel in self._project.spans.relations(self._doc_id):
            head, tail = by_id.get(rel.head), by_id.get(rel.tail)
            if head is None or tail is None:
                continue
            out.setdefault(rel.head, []).append(
                (f"{rel.type} → {tail.label} {self._short(tail)}", f"→ {tail.label}"))
            out.setdefault(rel.tail, []).append(
                (f"{rel.type} ← {head.label} {self._short(head)}", f"← {head.label}"))
        return out

    def _short(self, span: Span) -> str:
        words = self._span_text(span)
        return words if len(words) <= 24 else words[:23] + "…"

    def links_of(self, span_id: int | None) -> list[str]:
        """The span's links in words: "said_by → PER الرئيس", ..."""
        return [full for full, _ in self._links.get(span_id or -1, ())]

    # ---- the filter ------------------------------------------------------------------------
    def set_filter(self, **values: str | None) -> None:
        """Show only spans whose label/layer/annotator/origin equal the given values (None or
        "" for any)."""
        self.beginResetModel()
        for key, value in values.items():
            if key not in FILTER_FIELDS:
                raise ValueError(f"no span filter {key!r}")
            if value:
                self._filter[key] = value
            else:
                self._filter.pop(key, None)
        self._apply_filter()
        self.endResetModel()

    def filter(self) -> dict[str, str]:
        return dict(self._filter)

    def values(self, key: str) -> list[str]:
        """The values of one filter field among the document's spans, sorted."""
        return sorted({_field(span, key) for span in self._all} - {""})

    def total(self) -> int:
        """All of the document's spans, shown or not."""
        return len(self._all)

    def _apply_filter(self) -> None:
        wanted = self._filter
        self._spans = [s for s in self._all
                       if all(_field(s, k) == v for k, v in wanted.items())]

    def row_of(self, span_id: int | None) -> int | None:
        for i, span in enumerate(self._spans):
            if span.id == span_id:
                return i
        return None

    def span_at(self, row: int) -> Span:
        return self._spans[row]

    def _span_text(self, span: Span) -> str:
        # One line in the list: line breaks inside a quote would make rows of odd heights.
        return " ".join(span.text_in(self._text).split())

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._spans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header_text(_HEADERS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._spans):
            return None
        span = self._spans[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TEXT:
                text = self._span_text(span)
                return text if len(text) <= _MAX_SHOWN else text[:_MAX_SHOWN - 1] + "…"
            if col == LABEL:  # with its links, shortly: QUOTE → PER
                return " ".join([span.label] + [short for _, short in
                                                self._links.get(span.id or -1, ())])
            # LRM: reads 4–10 in a mirrored window
            return "\u200e" + digits(f"{span.start}–{span.end}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([self._span_text(span)] + self.links_of(span.id))
        if role == Qt.ItemDataRole.DecorationRole and col == LABEL:
            return swatch(self._colors.get(span.label, "#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == TEXT:
            return text_alignment(self._span_text(span))
        return {Roles.SpanId: span.id, Roles.LabelName: span.label, Roles.Layer: span.layer,
                Roles.Start: span.start, Roles.End: span.end,
                Roles.Color: self._colors.get(span.label), Roles.Annotator: span.annotator,
                Roles.Origin: _field(span, "origin")}.get(role)

    def roleNames(self) -> dict[int, bytes]:
        return super().roleNames() | role_names(Roles.SpanId, Roles.LabelName, Roles.Layer,
                                                Roles.Start, Roles.End, Roles.Color,
                                                Roles.Annotator, Roles.Origin)


def _field(span: Span, key: str) -> str:
    value = getattr(span, key) or ""
    return getattr(value, "value", value)  # Origin is an enum
