"""Export of a project, streamed: one document is read, written and let go at a time."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, TextIO

from annotator.core.model import Document, Span, Status, overall_status
from annotator.core.store import Project
from annotator.formats import jsonl


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
        if self.annotators and span.annotator not in self.annotators:
            return "other annotator"
        if self.labels and span.label not in self.labels:
            return "label not chosen"
        if self.layers and span.layer not in self.layers:
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


def selected(project: Project, selection: Selection, summary: ExportSummary,
             progress: Callable[[int, int], None] | None = None):
    """Yield (document, spans) for what the selection takes, counting what it leaves out."""
    total = project.count_documents()
    for n, doc in enumerate(project.iter_documents(), start=1):
        if progress:
            progress(n, total)
        if not selection.takes_document(project, doc):
            summary.documents_left_out += 1
            continue
        spans = []
        for span in project.spans(doc.id):
            reason = selection.takes_span(span)
            if reason:
                summary.left_out[reason] += 1
            else:
                spans.append(span)
                summary.spans_by_label[span.label] += 1
        summary.documents += 1
        yield doc, spans


def export_jsonl(project: Project, out: TextIO, selection: Selection | None = None,
                 progress: Callable[[int, int], None] | None = None) -> ExportSummary:
    summary = ExportSummary()
    for doc, spans in selected(project, selection or Selection(), summary, progress):
        kept = {s.id for s in spans}
        relations = [r for r in project.relations(doc.id) if r.head in kept and r.tail in kept]
        jsonl.write_line(out, jsonl.document_record(doc, spans, relations,
                                                    project.statuses(doc.id)))
    return summary


EXPORTERS = {"jsonl": export_jsonl}
