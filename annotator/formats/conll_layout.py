"""CoNLL lines from a document's stored layout (core/text/layout.py), without touching its text.

When every span edge is a token edge, the tokens are the layout's and so are the sentences, so
the untagged lines come from one bytes.replace over the layout and only the stretches of tokens
under spans are rebuilt. Lines come out as UTF-8 bytes, as they are stored and written.

A span edge inside a token of letters, digits and marks (a clitic-joined word: بغداد marked in
وبغداد) splits that token in the layout first (conll_split.py), as the text path splits the word. An
edge at white space, or inside a token holding punctuation (whose sentence end may move),
returns None: conll_fast.document_text then cuts the text itself.
tests/unit/test_conll_layout.py checks that both give the same lines.

A span of the `unbroken` layer (entity) that runs over a sentence end of a computed layout
joins the two sentences, as the text path does (join_sentences).
"""
from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter
from typing import Sequence

from annotator.core.text.layout import END_BYTES, SEP_BYTE, Layout
from annotator.formats.conll_fast import DOCSTART
from annotator.formats.conll_split import inner_cuts, join_sentences, split_tokens

_AT = itemgetter(0)


class LayoutTagger:
    """Tag columns for the chosen layers; one instance serves a whole export."""

    def __init__(self, layers: Sequence[str], columns: dict[str, int], bioes: bool, sep: str,
                 layer_of: dict[str, str], unbroken: str | None = None):
        self.layer_of = layer_of  # label -> layer
        self.unbroken = unbroken  # no sentence ends inside this layer's spans
        self.columns = columns
        self.first_column: dict[str, int] = {}
        ncol = 0
        for layer in layers:
            self.first_column[layer] = ncol
            ncol += columns.get(layer, 1)
        self.ncol = ncol
        self.bioes = bioes
        self.sep = sep
        self.plain = (sep + sep.join(["O"] * ncol) + "\n" if ncol else "\n").encode()
        self.head = DOCSTART.encode()
        self.plain_tag = (sep + "O").encode()
        self._tags: dict[str, tuple[bytes, bytes, bytes, bytes]] = {}

    def _label_tags(self, label: str) -> tuple[bytes, bytes, bytes, bytes]:
        # each with the separator before it, so that a line's tags are one join
        sep = self.sep
        b, i, e, s = ((sep + x + label).encode() for x in ("B-", "I-", "E-", "S-"))
        tags = self._tags[label] = (b, i, e, s)
        return tags

    def lines(self, layout: Layout, spans: Sequence[tuple],
              keep_breaks: bool = False) -> bytes | None:
        """The document's lines; `spans` are (doc_id, start, end, label, ...) rows sorted by
        start, longer first. None when a span edge is neither a token edge nor inside a plain
        token. `keep_breaks`: the layout's sentences are the source's own, kept even inside a
        span."""
        return self.layout_lines(layout.tokens, layout.starts, layout.spos, spans, keep_breaks)

    def layout_lines(self, tokens: bytes, starts, spos,
                     spans: Sequence[tuple], keep_breaks: bool = False) -> bytes | None:
        pieces = self.layout_pieces(tokens, starts, spos, spans, keep_breaks)
        return None if pieces is None else b"".join(pieces)

    def layout_pieces(self, tokens: bytes, starts, spos, spans: Sequence[tuple],
                      keep_breaks: bool = False) -> list[bytes | memoryview] | None:
        """layout_lines() as the pieces to write in a row, most of them views into one
        buffer: a long document's lines are never copied whole again to be joined."""
        bioes = self.bioes
        layer_of = self.layer_of
        label_tags = self._tags
        # Per layer: its first column, its number of columns, then the last token of the latest
        # span on each level.
        levels = {layer: [col, self.columns.get(layer, 1)]
                  for layer, col in self.first_column.items()}
        cuts = inner_cuts(tokens, starts, spos,
                          [s for s in spans if layer_of[s[3]] in levels])
        if cuts is None:
            return None
        if cuts:
            tokens, starts, spos = split_tokens(tokens, starts, spos, cuts)
        events: list[tuple[int, int, bytes | None]] = []  # (token, column, tag or None to end)
        add = events.append
        unbroken = None if keep_breaks else self.unbroken
        joined: set[int] = set()  # line breaks (byte offsets) inside spans of `unbroken`
        for span in spans:
            label = span[3]
            layer = layer_of[label]
            lv = levels.get(layer)
            if lv is None:
                continue
            # every edge is a token edge now (inner_cuts checked, split_tokens split)
            f = bisect_left(starts, span[1])
            last = bisect_left(starts, span[2], f) - 1
            if layer == unbroken and last > f:
                at = tokens.find(END_BYTES, spos[f], spos[last])
                while at > -1:  # a sentence end inside the span: the line break goes
                    joined.add(at + 1)
                    at = tokens.find(END_BYTES, at + 2, spos[last])
            if len(lv) == 2:
                c = lv[0]
                lv.append(last)
            elif lv[2] < f:  # most spans fit on the first level
                c = lv[0]
                lv[2] = last
            else:
                for i in range(3, len(lv)):  # the first level this span fits on
                    if lv[i] < f:
                        lv[i] = last
                        c = lv[0] + i - 2
                        break
                else:
                    if len(lv) - 2 == lv[1]:
                        return None  # deeper than the columns (spans added since they were
                        # counted): the text path leaves the extra level out
                    c = lv[0] + len(lv) - 2
                    lv.append(last)
            b_tag, i_tag, e_tag, s_tag = label_tags.get(label) or self._label_tags(label)
            if f == last:
                add((f, c, s_tag if bioes else b_tag))
            else:
                add((f, c, b_tag))
                if not bioes:
                    add((f + 1, c, i_tag))
                else:
                    if last > f + 1:
                        add((f + 1, c, i_tag))
                    add((last, c, e_tag))
            add((last + 1, c, None))
        if joined:
            tokens, spos = join_sentences(tokens, spos, sorted(joined))
        plain = self.plain
        body = memoryview(tokens.replace(SEP_BYTE, plain))
        if not events:
            return [self.head, body]
        # Sweep the token positions where some column's tag changes; between two of them
        # every token carries the same tags. Sorting is stable, so at one position a column's
        # end comes before the start of the next span on that level.
        events.sort(key=_AT)
        plain_tag = self.plain_tag
        row = [plain_tag] * self.ncol + [b"\n"]
        tagged = 0  # columns not "O"
        out: list[bytes | memoryview] = [self.head]
        widen = len(plain) - 1  # in `body`, each token's line is this much longer than in layout
        done = 0
        prev = 0
        for p, c, tag in events:
            if p != prev and tagged:
                a, z = spos[prev], spos[p]
                out.append(body[done:a + prev * widen])
                out.append(tokens[a:z].replace(SEP_BYTE, b"".join(row)))
                done = z + p * widen
            prev = p
            if tag is None:
                tagged -= 1
                row[c] = plain_tag
            else:
                if row[c] is plain_tag:
                    tagged += 1
                row[c] = tag
        out.append(body[done:])
        return out
