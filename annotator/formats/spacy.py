"""spaCy / Prodigy JSONL: text, tokens (text, start, end, id, ws) and spans with inclusive
token_start/token_end. Tokens are split at every span edge, so every span is token-aligned.

An export writes each line from the document's stored layout (write_layout_record, which
writes what record_line, the plain reference the tests compare with, returns): its tokens are
the text's tokens already, so only the spans' edges inside them are cut, and the token list's
JSON is made by C-level calls rather than a dict per token."""
from __future__ import annotations

import json
from array import array
from bisect import bisect_left, bisect_right
from json.encoder import encode_basestring as json_string  # as json.dumps(ensure_ascii=False)
from typing import Any, Callable, Iterable, Sequence, TextIO

import numpy as np

from annotator.core.messages import tr
from annotator.core.model import Document, Span
from annotator.core.text.layout import END_BYTES, SEP, SEP_BYTE, Layout, space_mask
from annotator.core.text.tokens import Token, iter_tokens, tokenize
from annotator.formats.conll_fast import Edges
from annotator.formats.records import RecordError


def record(doc: Document, spans: Sequence[Span],
           source: Sequence[tuple[int, int]] | None = None) -> dict[str, Any]:
    """`source`: a corpus's own tokens (CoNLL import), used instead of our tokenizer's."""
    text = doc.text
    cuts = _cuts(spans)
    toks = tokenize(text, cuts) if source is None else _cut(text, source, cuts)
    starts = [t.start for t in toks]
    tokens = [{"text": t.text, "start": t.start, "end": t.end, "id": i,
               "ws": t.end < len(text) and text[t.end].isspace()}
              for i, t in enumerate(toks)]
    return {"id": doc.external_id if doc.external_id is not None else doc.id,
            "text": text, "tokens": tokens, "spans": _span_items(spans, starts)}


def write_record(out: TextIO, doc: Document, spans: Sequence[Edges],
                 source: Sequence[tuple[int, int]] | None = None) -> None:
    """The line `json.dumps(record(doc, spans, source))` gives, written a piece at a time: a
    long document's tokens are never all held as dicts (a 50 MB text has millions of them)."""
    text, length = doc.text, len(doc.text)
    cuts = _cuts(spans)
    found: Iterable[tuple[int, int, str]] = iter_tokens(text, cuts) if source is None else \
        ((t.start, t.end, t.text) for t in _cut(text, source, cuts))
    head = json.dumps({"id": doc.external_id if doc.external_id is not None else doc.id,
                       "text": text}, ensure_ascii=False)
    out.write(head[:-1] + ', "tokens": [')
    del head
    starts = array("q")
    batch: list[str] = []
    for i, (start, end, token) in enumerate(found):
        starts.append(start)
        ws = "true" if end < length and text[end].isspace() else "false"
        batch.append(f'{{"text": {json_string(token)}, "start": {start}, "end": {end}, '
                     f'"id": {i}, "ws": {ws}}}')
        if len(batch) == 4096:
            out.write((", " if len(starts) > 4096 else "") + ", ".join(batch))
            batch.clear()
    if batch:
        out.write((", " if len(starts) > len(batch) else "") + ", ".join(batch))
    out.write('], "spans": ' + json.dumps(_span_items(spans, starts), ensure_ascii=False)
              + "}\n")


def _cuts(spans: Sequence[Edges]) -> set[int]:
    return {s.start for s in spans} | {s.end for s in spans}


def _span_items(spans: Sequence[Edges], starts: Sequence[int]) -> list[dict[str, Any]]:
    return _items(spans, lambda at: bisect_left(starts, at))


def _items(spans: Sequence[Edges], position: Callable[[int], int]) -> list[dict[str, Any]]:
    """Span items, given the index of the first token starting at or after an offset."""
    out = []
    for s in spans:
        first, last = position(s.start), position(s.end) - 1
        item: dict[str, Any] = {"start": s.start, "end": s.end, "label": s.label}
        if last >= first:
            item["token_start"], item["token_end"] = first, last
        out.append(item)
    return out


def record_line(doc: Document, spans: Sequence[Span], layout: Layout) -> str:
    """The same JSON as json.dumps(record(doc, spans), ensure_ascii=False), from the stored
    layout of the document's text."""
    pieces: list[bytes] = []
    write_layout_record(pieces.append, doc, spans, layout.tokens, layout.starts, layout.spos)
    return b"".join(pieces)[:-1].decode("utf-8")


_TOKENS_AT_ONCE = 1 << 16  # a long document's token list is made and written this many at a time
# A token's JSON is its string, then the pieces below. A layout's tokens hold no white space,
# so '", "' never occurs inside one's JSON string, and few need escaping at all.
_NEXT = b', {"text": "'
_WS_NEXT = (b', "ws": false}' + _NEXT, b', "ws": true}' + _NEXT)
# What JSON escapes, besides the layout's SEP and line break: deleted, does the length change?
_ESCAPED = b'"\\' + bytes(c for c in range(0x1F) if c != 0x0A)


class _Decimals:
    """`prefix` and a number's digits, for increasing numbers. The small ones (a document's
    offsets and token ids, mostly) are made once and looked up by numpy: no call per number."""
    MOST = 1 << 13  # an article's offsets; kept for the process: 3 tables of about 0.6 MB

    def __init__(self, prefix: bytes) -> None:
        self.form, self.known = prefix + b"%d", np.empty(0, dtype=object)

    def __call__(self, values: np.ndarray) -> list[bytes]:
        top = int(values[-1]) + 1 if len(values) else 0
        if top > self.MOST:
            return list(map(self.form.__mod__, values.tolist()))
        if top > len(self.known):
            grown = min(self.MOST, max(top, 2 * len(self.known)))
            self.known = np.array(list(map(self.form.__mod__, range(grown))), dtype=object)
        return self.known[values].tolist()


_STARTS, _ENDS, _IDS = (_Decimals(b'", "start": '), _Decimals(b', "end": '),
                        _Decimals(b', "id": '))
_WS_OF = np.array(_WS_NEXT, dtype=object)


def write_layout_record(write: Callable[[bytes], object], doc: Document, spans: Sequence[Edges],
                        tokens: bytes, starts: Sequence[int], spos: Sequence[int]) -> None:
    """record_line() and a line break as UTF-8, from the layout's columns (its tokens, their
    starts and byte offsets), a stretch of tokens at a time: a 50 MB text's millions of
    tokens are never all held at once. A stretch's JSON is one join of pieces (the tokens'
    own UTF-8 bytes, numbers, ws) interleaved by slice assignment, the numbers found with
    numpy: no call per token."""
    text, n = doc.text, len(starts)
    inside = _inside(text, starts, spans)  # span edges that split a token in two
    doc_id = doc.external_id if doc.external_id is not None else doc.id
    write(f'{{"id": {json.dumps(doc_id, ensure_ascii=False)}, "text": "'.encode())
    for at in range(0, len(text), 1 << 20):  # JSON escapes each character on its own
        write(json.dumps(text[at:at + (1 << 20)], ensure_ascii=False)[1:-1].encode())
    write(b'", "tokens": [')
    done = 0  # tokens written, counting the split ones
    for lo in range(0, n, _TOKENS_AT_ONCE):
        hi = min(lo + _TOKENS_AT_ONCE, n)
        raw = tokens[spos[lo]:spos[hi]]
        quoted = raw.replace(END_BYTES, SEP_BYTE).split(SEP_BYTE)[:-1]
        first, after, ends = _edges(text, starts, lo, hi)
        cuts = inside[bisect_left(inside, int(first[0])):bisect_left(inside, int(ends[-1]))]
        if cuts:  # split as record() cuts a token at a span edge
            owner = np.searchsorted(first, cuts, side="right") - 1  # the token each cuts
            for k in sorted(set(owner.tolist()), reverse=True):
                edges = [int(first[k]), *(c for c, j in zip(cuts, owner) if j == k),
                         int(ends[k])]
                quoted[k:k + 1] = [text[a:b].encode() for a, b in zip(edges, edges[1:])]
            first, after, ends = (np.insert(first, owner + 1, cuts),
                                  np.insert(after, owner, cuts), np.insert(ends, owner, cuts))
        if len(raw.translate(None, _ESCAPED)) != len(raw):
            words = SEP_BYTE.join(quoted).decode().split(SEP)
            quoted = json.dumps(words, ensure_ascii=False)[2:-2].encode().split(b'", "')
        m = len(quoted)
        pieces = [b""] * (5 * m)
        pieces[0::5] = quoted
        pieces[1::5] = _STARTS(first)
        pieces[2::5] = _ENDS(ends)
        pieces[3::5] = _IDS(np.arange(done, done + m))
        pieces[4::5] = _WS_OF[(ends < after).view(np.uint8)].tolist()
        pieces[-1] = pieces[-1][:-len(_NEXT)]
        write(_NEXT if done else _NEXT[2:])
        write(b"".join(pieces))
        done += m
    items = []  # as json.dumps(_items(...)) writes them, without a dict per span
    for s in spans:
        a = bisect_left(starts, s.start) + bisect_left(inside, s.start)
        b = bisect_left(starts, s.end) + bisect_left(inside, s.end) - 1
        label = json_string(s.label)
        items.append(_SPAN_TOKENS % (s.start, s.end, label, a, b) if b >= a
                     else _SPAN % (s.start, s.end, label))
    write(b'], "spans": [' + ", ".join(items).encode() + b"]}\n")


_SPAN = '{"start": %d, "end": %d, "label": %s}'
_SPAN_TOKENS = '{"start": %d, "end": %d, "label": %s, "token_start": %d, "token_end": %d}'


def _edges(text: str, starts: Sequence[int], lo: int, hi: int
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Tokens lo..hi-1: their starts, the start of the token after each (or the text's end),
    and their ends: the next token's start or the first space after theirs, whichever comes
    first (a word's tokens cover it without gaps)."""
    first = np.asarray(starts[lo:hi], dtype=np.int64)
    after = np.empty_like(first)
    after[:-1] = first[1:]
    after[-1] = starts[hi] if hi < len(starts) else len(text)
    seg_lo, seg_hi = int(first[0]), int(after[-1])
    spaces = np.append(np.flatnonzero(space_mask(text[seg_lo:seg_hi])) + seg_lo, seg_hi)
    return first, after, np.minimum(after, spaces[np.searchsorted(spaces, first)])


def _inside(text: str, starts: Sequence[int], spans: Sequence[Edges]) -> list[int]:
    """The span edges strictly inside a token, sorted. A word's tokens cover it without gaps,
    so an edge is inside one when it falls between two characters of a word and no token
    starts there."""
    n = len(starts)
    out = []
    for cut in sorted(_cuts(spans)):
        if 0 < cut < len(text) and not text[cut - 1].isspace() and not text[cut].isspace():
            k = bisect_left(starts, cut)
            if k == n or starts[k] != cut:
                out.append(cut)
    return out


def _cut(text: str, source: Sequence[tuple[int, int]], cuts: set[int]) -> list[Token]:
    """The given tokens, each cut where a span edge falls inside it."""
    out = []
    inside = sorted(cuts)
    for a, b in source:
        i = bisect_right(inside, a)
        while i < len(inside) and inside[i] < b:
            out.append(Token(a, inside[i], text[a:inside[i]]))
            a = inside[i]
            i += 1
        out.append(Token(a, b, text[a:b]))
    return out


def is_spacy(obj: dict) -> bool:
    """A record with "tokens" whose spans carry token_start (the Prodigy shape)."""
    spans = obj.get("spans")
    return (isinstance(obj.get("tokens"), list) and isinstance(spans, list)
            and any(isinstance(s, dict) and "token_start" in s for s in spans))


def adapt(obj: dict, line: int) -> dict:
    """The record in native shape: spans get character offsets from their tokens where they
    lack them, and the token list (derived data) is dropped rather than kept as metadata."""
    tokens = obj["tokens"]
    spans = []
    for i, s in enumerate(obj["spans"]):
        if isinstance(s, dict) and (s.get("start") is None or s.get("end") is None):
            try:
                s = {**s, "start": tokens[s["token_start"]]["start"],
                     "end": tokens[s["token_end"]]["end"]}
            except (KeyError, IndexError, TypeError):
                raise RecordError(line, tr("spans[{i}]: token_start/token_end name no token "
                                           "with start/end", i=i)) from None
        if isinstance(s, dict):
            s = {k: v for k, v in s.items() if k in ("start", "end", "label", "text")}
        spans.append(s)
    return {k: v for k, v in obj.items() if k != "tokens"} | {"spans": spans}
