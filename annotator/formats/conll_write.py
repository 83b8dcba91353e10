"""CoNLL writing: tokens split at every span edge, one tag column per layer nesting level.

Column counts are fixed for the whole file (a pre-pass over the spans, no text read), so every
line of a file has the same number of columns."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence, TextIO

from annotator.core.model import Document, Span
from annotator.formats.conll_fast import document_text


@dataclass
class ConllOptions:
    layers: list[str]
    bioes: bool = False
    sep: str = " "


def _depth(spans: list[tuple[int, int]]) -> int:
    """Deepest nesting of character ranges sorted by start, longer first."""
    ends: list[int] = []
    for start, end in spans:
        for i, e in enumerate(ends):
            if e <= start:
                ends[i] = end
                break
        else:
            ends.append(end)
    return len(ends)


def column_counts(project, layers: Sequence[str],
                  takes: Callable[[str, str, str], bool] | None = None) -> dict[str, int]:
    """Columns per layer: its deepest nesting over the spans that go out (at least 1).
    `takes(annotator, label, layer)` picks the spans; None takes every span of `layers`."""
    counts = {layer: 1 for layer in layers}
    current: dict[str, list[tuple[int, int]]] = {}
    last_doc = None
    # Rows as plain tuples, and no call per row unless a filter needs one: this pass reads
    # every span of the project before the first line is written.
    rows = project.conn.execute(
        "SELECT s.doc_id, s.start, s.end, l.layer, s.label, s.annotator FROM spans s "
        "JOIN labels l ON l.name = s.label ORDER BY s.doc_id, s.start, s.end DESC")
    for doc, start, end, layer, label, annotator in rows:
        if layer not in counts:
            continue
        if doc != last_doc:
            _fold(current, counts)
            last_doc = doc
        if takes is None or takes(annotator, label, layer):
            ranges = current.get(layer)
            if ranges is None:
                current[layer] = [(start, end)]
            else:
                ranges.append((start, end))
    _fold(current, counts)
    return counts


def _fold(current: dict[str, list[tuple[int, int]]], counts: dict[str, int]) -> None:
    for layer, ranges in current.items():
        if len(ranges) > counts[layer]:  # fewer ranges than columns cannot need more
            counts[layer] = max(counts[layer], _depth(ranges))
    current.clear()


def write_document(out: TextIO, doc: Document, spans: Sequence[Span], layers: Sequence[str],
                   columns: dict[str, int], conf: ConllOptions,
                   dropped: Callable[[str], None]) -> None:
    out.write(document_text(doc.text, spans, layers, columns, conf.bioes, conf.sep, dropped))
