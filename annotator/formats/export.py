"""Export of a project, streamed: one document is read, written and let go at a time."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import Callable, TextIO

from annotator.core.model import Document, Origin, Span, Status, overall_status
from annotator.core.store import Project
from annotator.formats import conll_write, doccano, jsonl, labelstudio, spacy


@dataclass
class Selection:
    """Which documents and spans go out. Empty sets mean 'all'."""
    statuses: set[str] = field(default_factory=set)
    annotators: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)
    layers: set[str] = field(default_factory=set)

    def takes_document(self, project: Project, doc: Document) -> bool:
        if not self.statuses:
            return True
        statuses = project.statuses(doc.id)
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
        return out


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
    for doc in project.iter_documents():
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
            sid, doc_id, start, end, label, layer, annotator, _ORIGINS[origin],
            json.loads(attrs) if attrs != "{}" else {}))
    for doc in docs:
        yield doc, by_doc.get(doc.id, [])


def selected(project: Project, selection: Selection, summary: ExportSummary,
             progress: Callable[[int, int], None] | None = None):
    """Yield (document, spans) for what the selection takes, counting what it leaves out."""
    total = project.count_documents()
    filtering = selection.annotators or selection.labels or selection.layers
    for n, (doc, all_spans) in enumerate(_batches(project), start=1):
        if progress:
            progress(n, total)
        if not selection.takes_document(project, doc):
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
        yield doc, spans


@dataclass
class ExportOptions:
    """Format options: CoNLL's column order (--layers), tag scheme and separator."""
    layers: list[str] = field(default_factory=list)
    tags: str = "iob2"
    sep: str = " "


Progress = Callable[[int, int], None] | None


def export_jsonl(project: Project, out: TextIO, selection: Selection | None = None,
                 progress: Progress = None, options: ExportOptions | None = None
                 ) -> ExportSummary:
    summary = ExportSummary()
    for doc, spans in selected(project, selection or Selection(), summary, progress):
        kept = {s.id for s in spans}
        relations = [r for r in project.relations(doc.id) if r.head in kept and r.tail in kept]
        jsonl.write_line(out, jsonl.document_record(doc, spans, relations,
                                                    project.statuses(doc.id)))
    return summary


def export_doccano(project: Project, out: TextIO, selection: Selection | None = None,
                   progress: Progress = None, options: ExportOptions | None = None
                   ) -> ExportSummary:
    summary = ExportSummary()
    for doc, spans in selected(project, selection or Selection(), summary, progress):
        jsonl.write_line(out, doccano.record(doc, spans))
    return summary


def export_spacy(project: Project, out: TextIO, selection: Selection | None = None,
                 progress: Progress = None, options: ExportOptions | None = None
                 ) -> ExportSummary:
    summary = ExportSummary()
    for doc, spans in selected(project, selection or Selection(), summary, progress):
        jsonl.write_line(out, spacy.record(doc, spans))
    return summary


def export_labelstudio(project: Project, out: TextIO, selection: Selection | None = None,
                       progress: Progress = None, options: ExportOptions | None = None
                       ) -> ExportSummary:
    summary = ExportSummary()
    out.write("[")
    first = True
    for doc, spans in selected(project, selection or Selection(), summary, progress):
        out.write("\n" if first else ",\n")
        first = False
        out.write(json.dumps(labelstudio.task(doc, spans), ensure_ascii=False))
    out.write("\n]\n")
    return summary


def export_conll(project: Project, out: TextIO, selection: Selection | None = None,
                 progress: Progress = None, options: ExportOptions | None = None
                 ) -> ExportSummary:
    """Columns are the chosen layers (all of the scheme's by default); spans of other layers
    are left out and counted."""
    options = options or ExportOptions()
    selection = selection or Selection()
    layers = options.layers or project.scheme().layer_names()
    known = set(project.scheme().layer_names())
    unknown = [name for name in layers if name not in known]
    if unknown:
        raise ValueError("unknown layer(s): " + ", ".join(unknown))
    selection = replace(selection, layers=set(layers))
    # column_counts already keeps to `layers`: only other filters need a call per span
    takes = None if not (selection.annotators or selection.labels) else \
        (lambda annotator, label, layer: selection.reason(annotator, label, layer) is None)
    columns = conll_write.column_counts(project, layers, takes)
    conf = conll_write.ConllOptions(layers, options.tags == "bioes", options.sep)
    summary = ExportSummary()

    def dropped(label: str) -> None:
        summary.spans_by_label[label] -= 1
        summary.left_out["covers only white space"] += 1

    for doc, spans in selected(project, selection, summary, progress):
        conll_write.write_document(out, doc, spans, layers, columns, conf, dropped)
    summary.spans_by_label += Counter()  # drops labels counted down to zero
    return summary


EXPORTERS = {"jsonl": export_jsonl, "doccano": export_doccano, "spacy": export_spacy,
             "labelstudio": export_labelstudio, "conll": export_conll}
