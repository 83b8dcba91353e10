"""CoNLL writing: tokens split at every span edge, one tag column per layer nesting level.

Column counts are fixed for the whole file (a pre-pass over the spans, no text read), so every
line of a file has the same number of columns."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Sequence, TextIO

from annotator.core.model import Document, Origin, Span
from annotator.core.text.sentences import sentences
from annotator.core.text.tokens import tokenize
from annotator.formats.conll_tags import levels, tag_column, token_range


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
                  takes: Callable[[Span], bool]) -> dict[str, int]:
    """Columns per layer: its deepest nesting over the spans that go out (at least 1)."""
    counts = {layer: 1 for layer in layers}
    current: dict[str, list[tuple[int, int]]] = {}
    last_doc = None
    rows = project.conn.execute(
        "SELECT s.id, s.doc_id, s.start, s.end, s.label, l.layer, s.annotator FROM spans s "
        "JOIN labels l ON l.name = s.label ORDER BY s.doc_id, s.start, s.end DESC")
    for sid, doc, start, end, label, layer, annotator in rows:
        if layer not in counts:
            continue
        if doc != last_doc:
            _fold(current, counts)
            last_doc = doc
        if takes(Span(sid, doc, start, end, label, layer, annotator, Origin.MANUAL)):
            current.setdefault(layer, []).append((start, end))
    _fold(current, counts)
    return counts


def _fold(current: dict[str, list[tuple[int, int]]], counts: dict[str, int]) -> None:
    for layer, ranges in current.items():
        counts[layer] = max(counts[layer], _depth(ranges))
    current.clear()


def write_document(out: TextIO, doc: Document, spans: Sequence[Span], layers: Sequence[str],
                   columns: dict[str, int], conf: ConllOptions,
                   dropped: Callable[[str], None]) -> None:
    text = doc.text
    cuts = set()
    for s in spans:
        cuts.add(s.start)
        cuts.add(s.end)
    tokens = tokenize(text, cuts)
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    n = len(tokens)
    tag_cols: list[list[str]] = []
    for layer in layers:
        ranged = []
        for s in spans:
            if s.layer != layer:
                continue
            fit = token_range(starts, ends, s.start, s.end)
            if fit is None:  # only white space inside: no token to carry the tag
                dropped(s.label)
            else:
                ranged.append((fit[0], fit[1], s.label))
        ranged.sort(key=lambda r: (r[0], -r[1]))
        lv = levels(ranged)
        for i in range(columns.get(layer, 1)):
            tag_cols.append(tag_column(n, lv[i], conf.bioes) if i < len(lv) else ["O"] * n)
    sep = conf.sep
    lines = ["-DOCSTART-" + (sep + "O") * len(tag_cols), ""]
    if tag_cols:
        rows = [sep.join(r) for r in zip(*tag_cols)]
    else:
        rows = [""] * n
    index = 0
    for sentence in sentences(text, tokens):
        for tok in sentence:
            lines.append(tok.text + sep + rows[index] if tag_cols else tok.text)
            index += 1
        lines.append("")
    out.write("\n".join(lines))
    out.write("\n")
