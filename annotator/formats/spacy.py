"""spaCy / Prodigy JSONL: text, tokens (text, start, end, id, ws) and spans with inclusive
token_start/token_end. Tokens are split at every span edge, so every span is token-aligned.

An export writes each line from the document's stored layout (record_line): its tokens are
the text's tokens already, so only the spans' edges inside them are cut, and the token list's
JSON is made by C-level calls rather than a dict per token."""
from __future__ import annotations

import io
import json
from array import array
from bisect import bisect_left, bisect_right
from itertools import count
from operator import add, lt
from typing import Any, Callable, Iterable, Sequence, TextIO

from annotator.core.messages import tr
from annotator.core.model import Document, Span
from annotator.core.text.layout import END, SEP, Layout
from annotator.core.text.tokens import Token, iter_tokens, tokenize
from annotator.formats.records import RecordError

_TOKEN = '{"text": "%s", "start": %d, "end": %d, "id": %d, "ws": %s}'
_WS = {True: "true", False: "false"}


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


def write_record(out: TextIO, doc: Document, spans: Sequence[Span],
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
        batch.append(f'{{"text": {_json_string(token)}, "start": {start}, "end": {end}, '
                     f'"id": {i}, "ws": {ws}}}')
        if len(batch) == 4096:
            out.write((", " if len(starts) > 4096 else "") + ", ".join(batch))
            batch.clear()
    if batch:
        out.write((", " if len(starts) > len(batch) else "") + ", ".join(batch))
    out.write('], "spans": ' + json.dumps(_span_items(spans, starts), ensure_ascii=False)
              + "}\n")


def _json_string(token: str) -> str:
    # json.dumps(ensure_ascii=False) escapes only quotes, backslashes and controls.
    if '"' in token or "\\" in token or not token.isprintable():
        return json.dumps(token, ensure_ascii=False)
    return f'"{token}"'


def _cuts(spans: Sequence[Span]) -> set[int]:
    return {s.start for s in spans} | {s.end for s in spans}


def _span_items(spans: Sequence[Span], starts: Sequence[int]) -> list[dict[str, Any]]:
    return _items(spans, lambda at: bisect_left(starts, at))


def _items(spans: Sequence[Span], position: Callable[[int], int]) -> list[dict[str, Any]]:
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
    out = io.StringIO()
    write_layout_record(out, doc, spans, layout.tokens, layout.starts, layout.spos)
    return out.getvalue()[:-1]


_TOKENS_AT_ONCE = 1 << 16  # a long document's token list is made and written this many at a time


def write_layout_record(out: TextIO, doc: Document, spans: Sequence[Span], tokens: bytes,
                        starts: Sequence[int], spos: Sequence[int]) -> None:
    """record_line() and a line break, written a stretch of tokens at a time from the layout's
    columns (its tokens, their starts and byte offsets), so that a 50 MB text's millions of
    tokens are never all held as strings."""
    text, n = doc.text, len(starts)
    cuts = sorted(_cuts(spans))
    k = 0  # the span edges strictly inside a token: each splits it in two
    inside = []
    for cut in cuts:
        k = bisect_right(starts, cut, k) - 1
        if k >= 0 and starts[k] < cut < starts[k] + _length(tokens, spos, k):
            inside.append(cut)
        k = max(k, 0)
    doc_id = doc.external_id if doc.external_id is not None else doc.id
    out.write(f'{{"id": {json.dumps(doc_id, ensure_ascii=False)}, "text": "')
    for at in range(0, len(text), 1 << 20):  # JSON escapes each character on its own
        out.write(json.dumps(text[at:at + (1 << 20)], ensure_ascii=False)[1:-1])
    out.write('", "tokens": [')
    done = 0  # tokens written, counting the split ones
    for lo in range(0, n, _TOKENS_AT_ONCE):
        hi = min(lo + _TOKENS_AT_ONCE, n)
        words = tokens[spos[lo]:spos[hi]].decode("utf-8").replace(END, SEP).split(SEP)[:-1]
        first = list(starts[lo:hi])
        ends = list(map(add, first, map(len, words)))
        for cut in inside[bisect_left(inside, first[0]):bisect_left(inside, ends[-1])]:
            k = bisect_right(first, cut) - 1  # split as record() cuts a token at a span edge
            word, at = words[k], cut - first[k]
            words[k:k + 1] = [word[:at], word[at:]]
            first.insert(k + 1, cut)
            ends.insert(k, cut)
        # A token holds no white space, so '", "' never occurs inside one's JSON string.
        quoted = json.dumps(words, ensure_ascii=False)[2:-2].split('", "')
        after = first[1:] + [starts[hi] if hi < n else len(text)]
        ws = map(_WS.__getitem__, map(lt, ends, after))
        if done:
            out.write(", ")
        out.write(", ".join(map(_TOKEN.__mod__, zip(quoted, first, ends, count(done), ws))))
        done += len(words)
    items = _items(spans, lambda at: bisect_left(starts, at) + bisect_left(inside, at))
    out.write('], "spans": ' + json.dumps(items, ensure_ascii=False) + "}\n")


def _length(tokens: bytes, spos: Sequence[int], k: int) -> int:
    """Token k's length in characters."""
    return len(tokens[spos[k]:spos[k + 1]].decode("utf-8").rstrip(END))


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
