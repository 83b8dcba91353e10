"""Export of a project, streamed: one document is read, written and let go at a time."""
from __future__ import annotations

import codecs
import json
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, TextIO

from annotator.core.store import Project
from annotator.formats import conll_write, doccano, jsonl, labelstudio, spacy
from annotator.formats.selection import ExportSummary, Selection, selected, selected_rows


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
        relations = [r for r in project.spans.relations(doc.id) if r.head in kept and r.tail in kept]
        jsonl.write_line(out, jsonl.document_record(doc, spans, relations,
                                                    project.statuses.by_annotator(doc.id)))
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
    layers = list(dict.fromkeys(options.layers or project.labels.scheme().layer_names()))  # no repeats
    known = set(project.labels.scheme().layer_names())
    unknown = [name for name in layers if name not in known]
    if unknown:
        raise ValueError("unknown layer(s): " + ", ".join(unknown))
    selection = replace(selection, layers=set(layers))
    summary = ExportSummary()

    def dropped(label: str) -> None:
        summary.spans_by_label[label] -= 1
        summary.left_out["covers only white space"] += 1

    columns = conll_write.column_counts(project, layers, selection)
    writer = conll_write.ConllWriter(project, layers, columns, options.tags == "bioes",
                                     options.sep, dropped)
    write = utf8_writer(out)
    batch: list[bytes] = []  # written a batch at a time: one call per 200 documents
    for row, spans in selected_rows(project, selection, summary, progress,
                                    conll_write.DOC_COLUMNS):
        batch.append(writer.document(row, spans))
        if len(batch) == 200:
            write(b"".join(batch))
            batch.clear()
    write(b"".join(batch))
    summary.spans_by_label += Counter()  # drops labels counted down to zero
    return summary


def utf8_writer(out: TextIO) -> Callable[[bytes], object]:
    """Write UTF-8 bytes to a text stream: straight to its byte buffer when it encodes UTF-8
    (a file we opened, or a UTF-8 terminal), else decoded through it."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None) or "ascii"
    if buffer is not None and codecs.lookup(encoding).name == "utf-8":
        out.flush()
        return buffer.write
    return lambda data: out.write(data.decode("utf-8"))


EXPORTERS = {"jsonl": export_jsonl, "doccano": export_doccano, "spacy": export_spacy,
             "labelstudio": export_labelstudio, "conll": export_conll}
