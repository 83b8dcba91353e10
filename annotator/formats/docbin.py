"""spaCy's binary training file (.spacy, a DocBin), for `spacy train` with no conversion.

One Doc per document, or per sentence (--per sentence; by default for a document that came with
its own sentences or is long, so that spaCy trains on many examples), whose text is the stored text
exactly (white space other than one space becomes spaCy's own white-space tokens), with the
tokens and sentences of the CoNLL export. The entity layer becomes doc.ents (one nesting level,
outer by default); every other layer becomes a span group, doc.spans["quote"],
doc.spans["claim"], for spaCy's span categorizer. Needs the `spacy` extra.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from annotator.core.atomic import atomic_write
from annotator.core.store import Project
from annotator.core.text.layout import SOURCE_VERSION
from annotator.formats.carry import count_not_carried
from annotator.formats.nesting import ENTITY
from annotator.formats.selection import ExportSummary, Selection
from annotator.formats.tagged import Sentence, decode, document_key, tagged_documents

EXTRA = 'docbin needs spaCy, which is not installed: pip install "spacy>=3.7"'


# What the Docs carry (spaCy adds the white space after each token itself): fewer columns than
# DocBin's default of twelve, since the rest (tags, heads, lemmas) would be empty.
ATTRS = ["ORTH", "ENT_IOB", "ENT_TYPE", "SENT_START"]


class MissingExtra(RuntimeError):
    pass


def require_spacy() -> Any:
    try:
        import spacy  # noqa: F401
        from spacy.tokens import DocBin  # noqa: F401
    except ImportError:
        raise MissingExtra(EXTRA) from None
    return spacy


def export_docbin(project: Project, out: Any, selection: Selection | None = None,
                  progress=None, options=None) -> ExportSummary:
    spacy = require_spacy()
    from spacy.tokens import DocBin
    if not options or not options.out_path:
        raise ValueError("docbin needs --out FILE (it is a binary file)")
    nesting = options.nesting if options.nesting != "all" else "outer"
    vocab = spacy.blank("xx").vocab
    summary = ExportSummary()
    summary.format = "docbin"
    layers = project.labels.scheme().layer_names()
    layers = [ENTITY] + [x for x in layers if x != ENTITY] if ENTITY in layers else layers
    if options.layers:
        layers = [x for x in layers if x in options.layers]
    docs = DocBin(attrs=ATTRS, store_user_data=True)
    for doc_id, external, sentences, columns in tagged_documents(
            project, selection or Selection(), summary, layers, nesting, {ENTITY}, progress):
        text = project.documents.text(doc_id)
        key = document_key(external, doc_id)
        placed = _placed(text, sentences)
        if per_sentence(project, doc_id, sentences, options.per):
            for n, part in enumerate(placed):
                doc = _doc(vocab, text, part[0][0], part[-1][0] + len(part[-1][1][0]), part,
                           layers, columns)
                doc.user_data["id"] = f"{key}-{n}"
                docs.add(doc)
        else:
            doc = _doc(vocab, text, 0, len(text), [t for part in placed for t in part],
                       layers, columns)
            doc.user_data["id"] = key
            docs.add(doc)
    count_not_carried(project, summary, replace(selection or Selection(), layers=set(layers)),
                      relations=True, attributes=True)
    _write_atomically(Path(options.out_path), docs.to_bytes())
    return summary


# A document longer than this many tokens goes out a Doc per sentence by default: spaCy's
# default batches hold up to 1,000 words, and one long Doc is one training example (a
# 20,000-token CoNLL file as one Doc trains to F1 0.00).
LONG = 1000


def per_sentence(project: Project, doc_id: int, sentences: list[Sentence], per: str) -> bool:
    """--per sentence, or (auto) a document that came with its own sentences (a corpus's
    tokens and sentences kept from import) or is long."""
    if per != "auto":
        return per == "sentence"
    if sum(map(len, sentences)) > LONG:
        return True
    row = project.conn.execute("SELECT version FROM doc_layouts WHERE doc_id = ?",
                               (doc_id,)).fetchone()
    return row is not None and row[0] == SOURCE_VERSION


Placed = list[tuple[int, list[str], bool]]  # (offset, [token, tags...], begins a sentence)


def _placed(text: str, sentences: list[Sentence]) -> list[Placed]:
    """Each token with its offset: tokens cover the text's non-space characters in order, so
    the next one starts at the first match after the one before."""
    out: list[Placed] = []
    end = 0
    find = text.index
    for sentence in sentences:
        part = []
        for k, line in enumerate(sentence):
            at = find(line[0], end)
            part.append((at, line, k == 0))
            end = at + len(line[0])
        out.append(part)
    return out


def _doc(vocab: Any, text: str, lo: int, hi: int, tokens: Placed, layers: list[str],
         columns: dict[str, int]) -> Any:
    """A Doc of text[lo:hi]; white space other than one space after a token is a token."""
    from spacy.tokens import Doc, Span
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool | int | None] = []
    index: list[int] = []  # our token -> its spaCy token

    def gap(piece: str) -> None:
        if piece and words and piece[0] == " ":
            spaces[-1], piece = True, piece[1:]
        if piece:
            words.append(piece)
            spaces.append(False)
            starts.append(False)

    prev = lo
    for at, line, first in tokens:
        gap(text[prev:at])
        index.append(len(words))
        words.append(line[0])
        spaces.append(False)
        starts.append(first)
        prev = at + len(line[0])
    gap(text[prev:hi])
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=[True] + starts[1:])
    col = 0
    for layer in layers:
        spans = []
        for c in range(col + 1, col + 1 + columns[layer]):
            spans += [Span(doc, index[a], index[b] + 1, label)
                      for a, b, label in decode([t[1][c] for t in tokens])]
        col += columns[layer]
        if layer == ENTITY:
            doc.ents = spans
        else:
            doc.spans[layer] = spans
    return doc


def _write_atomically(path: Path, data: bytes) -> None:
    # The shared writer: the file gets the usual permissions (umask), as every other export.
    with atomic_write(path, "wb") as fh:
        fh.write(data)
