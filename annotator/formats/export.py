"""Export of a project, streamed: one document is read, written and let go at a time."""
from __future__ import annotations

import codecs
import json
import zlib
from collections import Counter, namedtuple
from dataclasses import dataclass, field, replace
from itertools import starmap
from typing import Callable, TextIO

from annotator.core.model import Document
from annotator.core.store import Project
from annotator.core.store.layout_rows import stored_layout
from annotator.core.text.layout import LAYOUT_VERSION
from annotator.formats.carry import count_not_carried
from annotator.formats.conll_fast import DOCSTART
from annotator.formats import brat, conll_write, docbin, doccano, hf, jsonl, labelstudio, spacy
from annotator.formats.selection import ExportSummary, Selection, selected, selected_rows


@dataclass
class ExportOptions:
    """Format options: CoNLL's column order (--layers), tag scheme and separator; the nesting
    level for one-tag readers; docbin's Doc per document or sentence (auto: per sentence for a
    document that came with its own sentences or is long); CoNLL's -DOCSTART- lines; hf's split
    name in a dataset folder; the output path for formats written to a file or folder rather
    than a stream (docbin, brat, hf)."""
    layers: list[str] = field(default_factory=list)
    tags: str = "iob2"
    sep: str = " "
    nesting: str = "all"
    per: str = "auto"
    docstart: bool = True
    split: str = "train"
    out_path: str | None = None


Progress = Callable[[int, int], None] | None


def export_jsonl(project: Project, out: TextIO, selection: Selection | None = None,
                 progress: Progress = None, options: ExportOptions | None = None
                 ) -> ExportSummary:
    summary = ExportSummary()
    for doc, spans in selected(project, selection or Selection(), summary, progress):
        relations = _relations(project, doc.id, spans)
        jsonl.write_line(out, jsonl.document_record(doc, spans, relations,
                                                    project.statuses.by_annotator(doc.id)))
    return summary


def export_doccano(project: Project, out: TextIO, selection: Selection | None = None,
                   progress: Progress = None, options: ExportOptions | None = None
                   ) -> ExportSummary:
    summary = ExportSummary(format="doccano")
    for doc, spans in selected(project, selection or Selection(), summary, progress):
        jsonl.write_line(out, doccano.record(doc, spans, _relations(project, doc.id, spans)))
    count_not_carried(project, summary, selection or Selection(), relations=False,
                      attributes=True)
    return summary


def export_spacy(project: Project, out: TextIO, selection: Selection | None = None,
                 progress: Progress = None, options: ExportOptions | None = None
                 ) -> ExportSummary:
    """Each line from the document's stored layout, read with its row: the offsets in place,
    the tokens a stretch at a time. Span rows are enough (no Span objects)."""
    summary = ExportSummary(format="spacy")
    selection = selection or Selection()
    write = utf8_writer(out)
    text_out = _Utf8Text(write)  # the same writer, for a line written as text
    for row, span_rows in selected_rows(project, selection, summary, progress, _SPACY_COLUMNS):
        doc_id, text, external, version, tokens, width, starts, spos = row
        doc = Document(doc_id, text, "", "", external_id=None if external is None
                       else json.loads(external))
        spans = list(starmap(_Edge, span_rows))
        if version == LAYOUT_VERSION:
            offsets = (memoryview(starts).cast("H"), memoryview(spos).cast("H")) if width == 2 \
                else (memoryview(starts).cast("I"), memoryview(spos).cast("I"))
            spacy.write_layout_record(write, doc, spans, zlib.decompress(tokens), *offsets)
        else:  # a corpus's own tokens (kept as they came), or ours of another version: redone
            layout = None if version is None else stored_layout(row[3:])
            source = None if layout is None else list(zip(layout.starts, layout.ends))
            spacy.write_record(text_out, doc, spans, source)  # type: ignore[arg-type]
    count_not_carried(project, summary, selection, relations=True, attributes=True)
    return summary


_SPACY_COLUMNS = "d.id, d.text, d.external_id, y.version, y.tokens, y.width, y.starts, y.spos"


class _Utf8Text:
    """write(str) through a writer of UTF-8 bytes (utf8_writer), so lines written as text
    and as bytes stay in order."""

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self.write_bytes = write

    def write(self, text: str) -> None:
        self.write_bytes(text.encode("utf-8"))


# A span row as export_spacy reads it (selected_rows), with the attributes spacy.py uses.
_Edge = namedtuple("_Edge", "doc_id start end label annotator", defaults=("",))


def export_labelstudio(project: Project, out: TextIO, selection: Selection | None = None,
                       progress: Progress = None, options: ExportOptions | None = None
                       ) -> ExportSummary:
    summary = ExportSummary(format="labelstudio")
    out.write("[")
    first = True
    for doc, spans in selected(project, selection or Selection(), summary, progress):
        out.write("\n" if first else ",\n")
        first = False
        out.write(json.dumps(labelstudio.task(doc, spans, _relations(project, doc.id, spans)),
                             ensure_ascii=False))
    out.write("\n]\n")
    count_not_carried(project, summary, selection or Selection(), relations=False,
                      attributes=True)
    return summary


def _relations(project: Project, doc_id: int, spans: list) -> list:
    """The document's relations whose two spans both go out."""
    kept = {s.id for s in spans}
    return [r for r in project.spans.relations(doc_id) if r.head in kept and r.tail in kept]


_LONG = 1 << 20  # bytes of CoNLL lines from which a document is written on its own


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

    def nested_out(label: str) -> None:
        summary.spans_by_label[label] -= 1
        summary.left_out[f"nesting level not chosen (--nesting {options.nesting})"] += 1

    columns = conll_write.column_counts(project, layers, selection, options.nesting)
    writer = conll_write.ConllWriter(project, layers, columns, options.tags == "bioes",
                                     options.sep, dropped, options.nesting, nested_out)
    write = utf8_writer(out)
    batch: list[bytes] = []  # written a batch at a time: one call per 200 documents
    for row, spans in selected_rows(project, selection, summary, progress,
                                    conll_write.DOC_COLUMNS):
        pieces = writer.document_pieces(row, spans)
        if not options.docstart:
            pieces = _headless(pieces)
        if sum(map(len, pieces)) < _LONG:
            batch.append(b"".join(pieces))
            if len(batch) < 200:
                continue
            pieces = []
        write(b"".join(batch))
        batch.clear()
        for piece in pieces:  # a long document: written as it comes, never joined
            write(piece)
    write(b"".join(batch))
    summary.spans_by_label += Counter()  # drops labels counted down to zero
    summary.format = "conll"
    count_not_carried(project, summary, selection, relations=True, attributes=True)
    return summary


_HEAD = len(DOCSTART.encode())


def _headless(pieces: list) -> list:
    """A document's pieces without its leading -DOCSTART- line and blank line: a reader that
    takes that line for a sentence (flair 0.15) gets only the sentences."""
    out = list(pieces)
    cut = _HEAD
    while cut and out:
        piece = out.pop(0)
        if len(piece) > cut:
            out.insert(0, piece[cut:])
        cut -= min(cut, len(piece))
    return out


def utf8_writer(out: TextIO) -> Callable[[bytes | memoryview], object]:
    """Write UTF-8 bytes to a text stream: straight to its byte buffer when it encodes UTF-8
    (a file we opened, or a UTF-8 terminal), else decoded through it."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None) or "ascii"
    if buffer is not None and codecs.lookup(encoding).name == "utf-8":
        out.flush()
        return buffer.write
    return lambda data: out.write(str(data, "utf-8"))


EXPORTERS = {"jsonl": export_jsonl, "doccano": export_doccano, "spacy": export_spacy,
             "labelstudio": export_labelstudio, "conll": export_conll,
             "hf": hf.export_hf, "docbin": docbin.export_docbin, "brat": brat.export_brat}
# Formats written to a file or folder given by --out, never to standard output.
PATH_FORMATS = {"docbin": "FILE", "brat": "DIR"}
# The formats each format option applies to (ExportOptions); elsewhere it is refused.
OPTION_FORMATS = {"tags": {"conll"}, "sep": {"conll"}, "docstart": {"conll"},
                  "nesting": {"conll", "hf", "docbin"}, "per": {"docbin"}, "split": {"hf"}}
