"""What an export takes: documents by status, spans by annotator, label and layer, with a
summary of what went out and what was left out and why. Documents and spans are read 200
documents at a time, so memory stays flat however large the project."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import Callable, Iterator

from annotator.core.model import Document, Origin, Span, Status, overall_status, parse_origin
from annotator.core.store import Project


@dataclass
class Selection:
    """Which documents and spans go out. Empty sets mean 'all'."""
    statuses: set[str] = field(default_factory=set)
    annotators: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)
    layers: set[str] = field(default_factory=set)

    def takes_document(self, project: Project, doc_id: int) -> bool:
        if not self.statuses:
            return True
        statuses = project.statuses.by_annotator(doc_id)
        if self.annotators:
            values = [statuses.get(a, Status.NEW).value for a in self.annotators]
        else:
            values = [overall_status([s.value for s in statuses.values()]).value]
        return any(v in self.statuses for v in values)

    def takes_span(self, span: Span) -> str | None:
        """None if the span goes out, else the reason it is left out."""
        return self.reason(span.annotator, span.label, span.layer)

    def reason(self, annotator: str, label: str, layer: str) -> str | None:
        if self.annotators and annotator not in self.annotators:
            return "other annotator"
        if self.labels and label not in self.labels:
            return "label not chosen"
        if self.layers and layer not in self.layers:
            return "layer not chosen"
        return None


@dataclass
class ExportSummary:
    documents: int = 0
    documents_left_out: int = 0
    spans_by_label: Counter = field(default_factory=Counter)
    left_out: Counter = field(default_factory=Counter)  # reason -> spans
    format: str = ""
    not_carried: Counter = field(default_factory=Counter)  # "relations", "span attributes"
    extra: list[str] = field(default_factory=list)  # lines a format adds (hf's label list)
    doc_ids: list[int] | None = None  # the documents that went out, when not all did

    def went_out(self, doc_id: int) -> None:
        if self.doc_ids is None:
            self.doc_ids = []
        self.doc_ids.append(doc_id)

    def lines(self) -> list[str]:
        spans = sum(self.spans_by_label.values())
        out = [f"{self.documents} documents, {spans} spans exported"]
        if self.spans_by_label:
            out.append("spans by label: " + ", ".join(
                f"{k} {v}" for k, v in sorted(self.spans_by_label.items())))
        if self.documents_left_out:
            out.append(f"{self.documents_left_out} documents left out by status")
        for reason, n in sorted(self.left_out.items()):
            out.append(f"{n} spans left out: {reason}")
        for what, n in sorted(self.not_carried.items()):
            if n:
                out.append(f"{n} {what} left out: {self.format or 'this format'} cannot "
                           "carry them")
        return out + self.extra


_BATCH = 200
_LABEL = attrgetter("label")
_SPAN_SQL = ("SELECT s.id, s.doc_id, s.start, s.end, s.label, l.layer, s.annotator, s.origin, "
             "s.attributes FROM spans s JOIN labels l ON l.name = s.label "
             "WHERE s.doc_id BETWEEN ? AND ? ORDER BY s.doc_id, s.start, s.end DESC, s.id")


_ORIGINS = {o.value: o for o in Origin}  # a dict lookup is far cheaper than Origin(value)


def _batches(project: Project):
    """Documents with their spans, 200 documents and one span query at a time: memory stays
    flat and the span rows come in one read per batch instead of one per document."""
    batch: list[Document] = []
    for doc in project.documents.iter():
        batch.append(doc)
        if len(batch) == _BATCH:
            yield from _with_spans(project, batch)
            batch = []
    if batch:
        yield from _with_spans(project, batch)


def _with_spans(project: Project, docs: list[Document]):
    by_doc: dict[int, list[Span]] = {}
    for sid, doc_id, start, end, label, layer, annotator, origin, attrs in project.conn.execute(
            _SPAN_SQL, (docs[0].id, docs[-1].id)):
        by_doc.setdefault(doc_id, []).append(Span(
            sid, doc_id, start, end, label, layer, annotator, _ORIGINS.get(origin) or parse_origin(origin),
            json.loads(attrs) if attrs != "{}" else {}))
    for doc in docs:
        yield doc, by_doc.get(doc.id, [])


def selected(project: Project, selection: Selection, summary: ExportSummary,
             progress: Callable[[int, int], None] | None = None):
    """Yield (document, spans) for what the selection takes, counting what it leaves out."""
    total = project.documents.count()
    filtering = selection.annotators or selection.labels or selection.layers
    for n, (doc, all_spans) in enumerate(_batches(project), start=1):
        if progress:
            progress(n, total)
        if not selection.takes_document(project, doc.id):
            summary.documents_left_out += 1
            continue
        if not filtering:
            spans = all_spans
            summary.spans_by_label.update(map(_LABEL, spans))  # counted in C
        else:
            spans = []
            for span in all_spans:
                reason = selection.takes_span(span)
                if reason:
                    summary.left_out[reason] += 1
                else:
                    spans.append(span)
                    summary.spans_by_label[span.label] += 1
        summary.documents += 1
        if selection.statuses:
            summary.went_out(doc.id)
        yield doc, spans


# Span rows as read, for exports that need no Span object: (doc_id, start, end, label), and the
# annotator last when the selection names annotators.
SpanRow = tuple
_ROW_SQL = ("SELECT doc_id, start, end, label{} FROM spans WHERE doc_id BETWEEN ? AND ? "
            "ORDER BY doc_id, start, end DESC, id")
_DOC = itemgetter(0)
_ROW_LABEL = itemgetter(3)


def selected_rows(project: Project, selection: Selection, summary: ExportSummary,
                  progress: Callable[[int, int], None] | None = None,
                  columns: str = "d.id") -> Iterator[tuple[tuple, list[SpanRow]]]:
    """As selected(), for exports that need no Span objects: yields (document row, span rows),
    the document row holding `columns` of documents d LEFT JOIN doc_layouts y, id first."""
    total = project.documents.count()
    layer_of = dict(project.conn.execute("SELECT name, layer FROM labels"))
    # choosing every layer there is leaves nothing out: then no call per span
    filtering = selection.annotators or selection.labels or (
        selection.layers and not selection.layers.issuperset(layer_of.values()))
    span_sql = _ROW_SQL.format(", annotator" if selection.annotators else "")
    count = summary.spans_by_label.update
    last, n = 0, 0
    while True:
        docs = project.conn.execute(
            f"SELECT {columns} FROM documents d LEFT JOIN doc_layouts y ON y.doc_id = d.id "
            f"WHERE d.id > ? ORDER BY d.id LIMIT {_BATCH}", (last,)).fetchall()
        if not docs:
            return
        last = docs[-1][0]
        by_doc = {doc_id: list(rows) for doc_id, rows in groupby(
            project.conn.execute(span_sql, (docs[0][0], last)), _DOC)}
        if progress:
            progress(n + len(docs), total)
        n += len(docs)
        if not (filtering or selection.statuses):  # everything goes out
            for spans in by_doc.values():
                count(map(_ROW_LABEL, spans))
            summary.documents += len(docs)
            for doc in docs:
                yield doc, by_doc.get(doc[0], [])
            continue
        for doc in docs:
            if not selection.takes_document(project, doc[0]):
                summary.documents_left_out += 1
                continue
            spans = by_doc.get(doc[0], [])
            if filtering:
                kept = []
                for span in spans:
                    reason = selection.reason(span[-1] if selection.annotators else "",
                                              span[3], layer_of[span[3]])
                    if reason:
                        summary.left_out[reason] += 1
                    else:
                        kept.append(span)
                spans = kept
            count(map(_ROW_LABEL, spans))
            summary.documents += 1
            if selection.statuses:
                summary.went_out(doc[0])
            yield doc, spans
