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
from annotator.formats.tagged import decode, document_key, iter_sentences, tagged_texts

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
    for doc_id, external, data, columns in tagged_texts(
            project, selection or Selection(), summary, layers, nesting, {ENTITY}, progress):
        text = project.documents.text(doc_id)
        key = document_key(external, doc_id)
        width = sum(columns[layer] for layer in layers)
        # Sentences are read one at a time from the tagged text: a sentence's Doc goes into
        # the DocBin as it is made, and a whole document's Doc is made from flat lists, never
        # from a list and a tuple per token (a 50 MB document held those several times over).
        whole = None if per_sentence(project, doc_id, data, options.per) \
            else _Builder(text, 0, width)
        searched = 0
        for n, block in enumerate(iter_sentences(data)):
            lines = [line.split(" ") for line in block.split("\n")]
            if whole is not None:
                searched = whole.add(lines, searched)
                continue
            part = _Builder(text, None, width)
            searched = part.add(lines, searched)
            doc = part.doc(vocab, searched, layers, columns)
            doc.user_data["id"] = f"{key}-{n}"
            docs.add(doc)
        del data
        if whole is not None:
            doc = whole.doc(vocab, len(text), layers, columns)
            doc.user_data["id"] = key
            docs.add(doc)
            del doc, whole
    count_not_carried(project, summary, replace(selection or Selection(), layers=set(layers)),
                      relations=True, attributes=True)
    _write_atomically(Path(options.out_path), docs.to_bytes())
    return summary


# A document longer than this many tokens goes out a Doc per sentence by default: spaCy's
# default batches hold up to 1,000 words, and one long Doc is one training example (a
# 20,000-token CoNLL file as one Doc trains to F1 0.00).
LONG = 1000


def per_sentence(project: Project, doc_id: int, data: str, per: str) -> bool:
    """--per sentence, or (auto) a document that came with its own sentences (a corpus's
    tokens and sentences kept from import) or is long (its tagged text's token lines,
    counted without splitting it)."""
    if per != "auto":
        return per == "sentence"
    if data.count("\n") - data.count("\n\n") > LONG:
        return True
    row = project.conn.execute("SELECT version FROM doc_layouts WHERE doc_id = ?",
                               (doc_id,)).fetchone()
    return row is not None and row[0] == SOURCE_VERSION


class _Builder:
    """A Doc of text[lo:hi] (lo None: from its first token), made a sentence at a time.
    Tokens cover the text's non-space characters in order, so each is found at the first
    match after the one before; white space other than one space after a token is a token."""

    def __init__(self, text: str, lo: int | None, width: int):
        self.text, self.prev = text, lo
        self.words: list[str] = []
        self.spaces: list[bool] = []
        self.starts: list[bool | int | None] = []
        self.index: list[int] = []  # our token -> its spaCy token
        self.tags: list[list[str]] = [[] for _ in range(width)]  # per tag column

    def _gap(self, piece: str) -> None:
        if piece and self.words and piece[0] == " ":
            self.spaces[-1], piece = True, piece[1:]
        if piece:
            self.words.append(piece)
            self.spaces.append(False)
            self.starts.append(False)

    def add(self, lines: list[list[str]], searched: int) -> int:
        """Add a sentence's lines ([token, tag, ...]); returns where its last token ends."""
        find = self.text.index
        for k, line in enumerate(lines):
            at = find(line[0], searched)
            if self.prev is None:
                self.prev = at
            self._gap(self.text[self.prev:at])
            self.index.append(len(self.words))
            self.words.append(line[0])
            self.spaces.append(False)
            self.starts.append(k == 0)
            for column, tag in zip(self.tags, line[1:]):
                column.append(tag)
            searched = self.prev = at + len(line[0])
        return searched

    def doc(self, vocab: Any, hi: int, layers: list[str], columns: dict[str, int]) -> Any:
        from spacy.tokens import Doc, Span
        self._gap(self.text[self.prev or 0:hi])
        doc = Doc(vocab, words=self.words, spaces=self.spaces,
                  sent_starts=[True] + self.starts[1:])
        index, col = self.index, 0
        for layer in layers:
            spans = []
            for tags in self.tags[col:col + columns[layer]]:
                spans += [Span(doc, index[a], index[b] + 1, label)
                          for a, b, label in decode(tags)]
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
