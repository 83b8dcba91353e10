"""Span edges inside a stored token (a clitic-joined word: لداعش with داعش marked), found and
split in the layout, so such documents keep to the layout path.

The text path (conll_fast.py) cuts a word at a span edge and keeps the rest of its
tokenization; splitting the layout's token at the same offset gives the same tokens. Where a
cut could also move a sentence end (a token holding punctuation) or falls on white space, the
document goes to the text path instead. A sentence end inside an entity is joined here too
(join_sentences), as the text path joins it.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from typing import Sequence

import numpy as np

from annotator.core.text.layout import SEP_BYTE
from annotator.formats.conll_fast import _MARK_SET

_STRIP = SEP_BYTE + b"\n"


def _token(tokens: bytes, spos, k: int) -> str:
    return tokens[spos[k]:spos[k + 1]].rstrip(_STRIP).decode("utf-8")


def _plain(token: str) -> bool:
    """Letters, digits and marks only: cutting it moves no sentence end."""
    return token.isalnum() or all(c.isalnum() or c in _MARK_SET for c in token)


def inner_cuts(tokens: bytes, starts, spos, spans: Sequence[tuple]) -> list[int] | None:
    """Offsets inside plain tokens where the spans' (doc_id, start, end, ...) edges fall, sorted;
    None when an edge is at white space or inside a token that is not plain."""
    cuts: set[int] = set()
    for span in spans:
        a, b = span[1], span[2]
        k = bisect_right(starts, a) - 1
        if k < 0:
            return None
        if starts[k] != a:  # inside token k, or in the white space after it
            token = _token(tokens, spos, k)
            if a >= starts[k] + len(token) or not _plain(token):
                return None
            cuts.add(a)
        k = bisect_left(starts, b) - 1  # the last token starting before b
        if k < 0:
            return None
        token = _token(tokens, spos, k)
        end = starts[k] + len(token)
        if end != b:
            if b > end or not _plain(token):
                return None
            cuts.add(b)
    return sorted(cuts)


_DTYPES = {"H": np.uint16, "I": np.uint32, "L": np.uint64, "Q": np.uint64}


def _code(offsets) -> str:
    return getattr(offsets, "typecode", None) or offsets.format


def split_tokens(tokens: bytes, starts, spos, cuts: list[int]) -> tuple[bytes, array, array]:
    """The layout with its tokens split at `cuts` (offsets inside tokens, sorted): a separator
    goes into the tokens at each cut, and each later token moves one byte on."""
    code = "I" if spos[-1] + len(cuts) >= 65536 else getattr(starts, "typecode", None) or \
        starts.format  # an array, or a memoryview of the stored bytes
    where = []
    for c in cuts:
        k = bisect_right(starts, c) - 1
        token = _token(tokens, spos, k)
        where.append((k, c, spos[k] + len(token[:c - starts[k]].encode("utf-8"))))
    # The offsets move in numpy, not one Python int at a time: a document with a clitic-joined
    # entity (most news articles) comes through here on every export.
    dtype = np.uint32 if code == "I" else np.uint16
    ks = np.array([k + 1 for k, _, _ in where], dtype=np.intp)
    moved = np.frombuffer(spos, dtype=_DTYPES[_code(spos)]).astype(np.int64)
    moved += np.cumsum(np.bincount(ks, minlength=len(moved))[:len(moved)])
    new_spos = array(code, np.insert(moved, ks, [at + 1 + i for i, (_, _, at) in
                                                 enumerate(where)]).astype(dtype).tobytes())
    new_starts = array(code, np.insert(np.frombuffer(starts, dtype=_DTYPES[_code(starts)]),
                                       ks, [c for _, c, _ in where]).astype(dtype).tobytes())
    out: list[bytes] = []
    last = 0
    for _, _, at in where:
        out += (tokens[last:at], SEP_BYTE)
        last = at
    out.append(tokens[last:])
    return b"".join(out), new_starts, new_spos


def join_sentences(tokens: bytes, spos, breaks: list[int]) -> tuple[bytes, array]:
    """The layout without the line breaks at `breaks` (sorted byte offsets of the "\\n" of a
    sentence end): those sentences run on, and each later token moves back one byte."""
    code = getattr(spos, "typecode", None) or spos.format
    view = memoryview(tokens)  # the pieces are joined without being copied first
    out: list[memoryview] = []
    new_spos = array(code)
    last = prev = 0
    for shift, at in enumerate(breaks):
        k = bisect_right(spos, at, prev)  # the first token after this line break
        new_spos.extend(map((-shift).__add__, spos[prev:k]))
        out.append(view[last:at])
        prev, last = k, at + 1
    new_spos.extend(map((-len(breaks)).__add__, spos[prev:]))
    out.append(view[last:])
    return b"".join(out), new_spos
