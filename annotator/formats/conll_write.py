"""CoNLL writing: tokens split at every span edge, one tag column per layer nesting level.

Column counts are fixed for the whole file before its first line, from the nesting depths the
store keeps (core/store/depths.py), so every line of a file has the same number of columns.
Each document is written from its stored layout (conll_layout.py) when its span edges are token
edges, else from its text (conll_fast.py); both give the same lines. A document imported from
CoNLL keeps the corpus's tokens and sentences (its layout is SOURCE_VERSION): a span edge inside
one of its tokens cuts that token only."""
from __future__ import annotations

import zlib
from collections import namedtuple
from typing import Callable, Sequence

from annotator.core.store import Project
from annotator.core.store.depths import depths_by_layer
from annotator.core.text.layout import LAYOUT_VERSION, SOURCE_VERSION, split_at, unpack
from annotator.formats.conll_fast import _trimmed, document_text
from annotator.formats.conll_layout import LayoutTagger
from annotator.formats.nesting import ENTITY, choose
from annotator.formats.selection import Selection, SpanRow

# The document columns ConllWriter.document expects from selection.selected_rows.
DOC_COLUMNS = "d.id, y.version, y.tokens, y.width, y.starts, y.spos"

# What conll_fast reads of a span.
_Edges = namedtuple("_Edges", "start end label layer")


def column_counts(project: Project, layers: Sequence[str], selection: Selection,
                  nesting: str = "all", nesting_layers: set[str] | None = None
                  ) -> dict[str, int]:
    """Columns per layer: its deepest nesting over the spans that go out (at least 1); one
    for the layers (default: all) where a single nesting level is chosen."""
    counts = {layer: 1 for layer in layers}
    if nesting != "all":
        if nesting_layers is None:
            return counts
        deeper = column_counts(project, [x for x in layers if x not in nesting_layers],
                               selection)
        return counts | deeper
    if not (selection.statuses or selection.annotators or selection.labels):
        for layer, depth in project.layouts.layer_depths().items():
            if layer in counts:
                counts[layer] = max(depth, 1)
        return counts
    # A filter can only make nesting shallower: look again at the nested documents only.
    for doc_id in project.layouts.nested_documents(layers):
        if not selection.takes_document(project, doc_id):
            continue
        rows = project.conn.execute(
            "SELECT l.layer, s.start, s.end, s.label, s.annotator FROM spans s JOIN labels l "
            "ON l.name = s.label WHERE s.doc_id = ? ORDER BY l.layer, s.start, s.end DESC",
            (doc_id,))
        kept = (r for r in rows if r[0] in counts and selection.reason(r[4], r[3], r[0]) is None)
        for layer, depth in depths_by_layer(kept).items():
            counts[layer] = max(counts[layer], depth)
    return counts


class ConllWriter:
    def __init__(self, project: Project, layers: Sequence[str], columns: dict[str, int],
                 bioes: bool, sep: str, dropped: Callable[[str], None],
                 nesting: str = "all", nested_out: Callable[[str], None] | None = None,
                 nesting_layers: set[str] | None = None):
        self.project = project
        self.nesting = nesting
        self.nesting_layers = nesting_layers  # the layers --nesting thins (default: all)
        self.nested_out = nested_out or dropped
        self.layers = list(layers)
        self.columns = columns
        self.bioes = bioes
        self.sep = sep
        self.dropped = dropped
        self.layer_of = dict(project.conn.execute("SELECT name, layer FROM labels"))
        self.tagger = LayoutTagger(layers, columns, bioes, sep, self.layer_of, ENTITY)
        self.tagged = self.tagger.layout_pieces

    def document(self, row: tuple, spans: list[SpanRow]) -> bytes:
        """UTF-8 lines for one document: `row` holds DOC_COLUMNS, `spans` its span rows sorted
        by start, longer first."""
        return b"".join(self.document_pieces(row, spans))

    def document_pieces(self, row: tuple, spans: list[SpanRow]) -> list[bytes | memoryview]:
        """document() as pieces to write one after another (a long document's lines are not
        joined into one more copy)."""
        _, version, tokens, width, starts, spos = row
        if self.nesting != "all":
            spans, out = choose(spans, self.layer_of, self.nesting, self.nesting_layers)
            for span in out:
                self.nested_out(span[3])
        if version == LAYOUT_VERSION or version == SOURCE_VERSION:
            # The stored offsets are read in place, not copied into arrays.
            offsets = (memoryview(starts).cast("H"), memoryview(spos).cast("H")) if width == 2 \
                else (memoryview(starts).cast("I"), memoryview(spos).cast("I"))
            pieces = self.tagged(zlib.decompress(tokens), *offsets, spans,
                                 version == SOURCE_VERSION)
            if pieces is not None:
                return pieces
            if version == SOURCE_VERSION:
                lines = self._source_cut(row, spans)
                if lines is not None:
                    return [lines]
        layer_of = self.layer_of
        return [document_text(self.project.documents.text(row[0]),
                             [_Edges(s[1], s[2], s[3], layer_of[s[3]]) for s in spans],
                             self.layers, self.columns, self.bioes, self.sep,
                             self.dropped, ENTITY).encode()]

    def _source_cut(self, row: tuple, spans: list[SpanRow]) -> bytes | None:
        """A corpus's own tokens, each cut only where a span edge falls inside it."""
        text = self.project.documents.text(row[0])
        layout = unpack(*row[2:])
        trimmed: list[SpanRow] = []
        for span in spans:
            a, b = _trimmed(text, _Edges(span[1], span[2], span[3], ""))
            if a < b:
                trimmed.append((span[0], a, b, *span[3:]))
            elif self.layer_of[span[3]] in self.columns:
                self.dropped(span[3])
        trimmed.sort(key=lambda s: (s[1], -s[2]))
        cut = split_at(text, layout, {x for s in trimmed for x in s[1:3]})
        return self.tagger.lines(cut, trimmed, keep_breaks=True)
