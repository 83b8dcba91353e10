"""Tokens, sentences and tag columns of documents, as the CoNLL export makes them, for the
training formats built on top of it (hf, docbin): the same tokens, the same sentences (a
corpus's own, or ours with no end inside an entity) and the same nesting choice."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from typing import Any, Callable, Iterator

from annotator.core.store import Project
from annotator.formats import conll_write
from annotator.formats.conll_fast import DOCSTART
from annotator.formats.selection import ExportSummary, Selection, selected_rows

_HEAD = len(DOCSTART.encode())
Sentence = list[list[str]]  # lines of [token, tag, tag, ...]


def tagged_texts(project: Project, selection: Selection, summary: ExportSummary,
                 layers: list[str], nesting: str, nesting_layers: set[str] | None,
                 progress: Callable[[int, int], None] | None = None
                 ) -> Iterator[tuple[int, Any, str, dict[str, int]]]:
    """(document id, its own id or None, its CoNLL text, columns per layer) for each
    document: lines of "token tag ...", sentences apart by a blank line."""
    selection = replace(selection, layers=set(layers))

    def dropped(label: str) -> None:
        summary.spans_by_label[label] -= 1
        summary.left_out["covers only white space"] += 1

    def nested_out(label: str) -> None:
        summary.spans_by_label[label] -= 1
        summary.left_out[f"nesting level not chosen (--nesting {nesting})"] += 1

    columns = conll_write.column_counts(project, layers, selection, nesting, nesting_layers)
    writer = conll_write.ConllWriter(project, layers, columns, False, " ", dropped, nesting,
                                     nested_out, nesting_layers)
    for row, spans in selected_rows(project, selection, summary, progress,
                                    conll_write.DOC_COLUMNS + ", d.external_id"):
        raw = writer.document(row[:-1], spans)
        data = str(memoryview(raw)[_HEAD:], "utf-8")  # no copy of the bytes to decode
        del raw
        yield row[0], None if row[-1] is None else json.loads(row[-1]), data, columns
    summary.spans_by_label += Counter()  # drops labels counted down to zero


def sentences_of(data: str) -> list[str]:
    """The sentences of tagged_texts' text, each its lines joined by newlines."""
    return [block for block in data.split("\n\n") if block]


def iter_sentences(data: str) -> Iterator[str]:
    """sentences_of(data), one at a time: a long document's sentences are never all held."""
    at = 0
    while at < len(data):
        end = data.find("\n\n", at)
        if end < 0:
            end = len(data)
        if end > at:
            yield data[at:end]
        at = end + 2


def tagged_documents(project: Project, selection: Selection, summary: ExportSummary,
                     layers: list[str], nesting: str, nesting_layers: set[str] | None,
                     progress: Callable[[int, int], None] | None = None
                     ) -> Iterator[tuple[int, Any, list[Sentence], dict[str, int]]]:
    """(document id, its own id or None, sentences, columns per layer) for each document."""
    for doc_id, external, data, columns in tagged_texts(project, selection, summary, layers,
                                                        nesting, nesting_layers, progress):
        sentences = [[line.split(" ") for line in block.split("\n")]
                     for block in sentences_of(data)]
        yield doc_id, external, sentences, columns


def decode(tags: list[str]) -> list[tuple[int, int, str]]:
    """IOB2 tags to (first token, last token inclusive, label); an I- with no open span of its
    label starts one (a span that ran over from the sentence before)."""
    out: list[tuple[int, int, str]] = []
    open_at, label = -1, ""
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and open_at >= 0 and tag[2:] == label:
            continue
        if open_at >= 0:
            out.append((open_at, i - 1, label))
            open_at = -1
        if tag != "O":
            open_at, label = i, tag[2:]
    if open_at >= 0:
        out.append((open_at, len(tags) - 1, label))
    return out


def document_key(external_id: Any, doc_id: int) -> str:
    return str(doc_id if external_id is None else external_id)
