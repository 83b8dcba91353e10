"""Token values for agreement: each token's value is the label of the outermost span of a layer
covering it, else "O"; tokens are the document's tokens cut at every span edge given."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable, Sequence

OUTSIDE = "O"
# (start, end, label) of one annotator's spans in one layer
SpanTriple = tuple[int, int, str]


def cut_tokens(starts: Sequence[int], ends: Sequence[int],
               edges: Iterable[int]) -> tuple[Sequence[int], Sequence[int]]:
    """Token (starts, ends) with every token cut at the edges that fall inside it. Most
    edges fall between tokens: then the arrays given are returned as they are."""
    inside = []
    for e in set(edges):
        k = bisect_right(starts, e) - 1
        if k >= 0 and starts[k] < e < ends[k]:
            inside.append((k, e))
    if not inside:
        return starts, ends
    out_s, out_e = list(starts), list(ends)
    # from the last cut backwards, so that earlier token indexes stay valid
    for k, e in sorted(inside, reverse=True):
        out_s.insert(k + 1, e)
        out_e.insert(k, e)
    return out_s, out_e


def token_values(starts: Sequence[int], spans: Iterable[SpanTriple]) -> list[str]:
    """One value per token (tokens already cut at these spans' edges): the label of the
    outermost covering span (earliest start, then latest end), else OUTSIDE."""
    values = [OUTSIDE] * len(starts)
    # Paint inner spans first so that the outermost one is painted last and wins.
    for s, e, label in sorted(spans, key=lambda t: (t[0], -t[1], t[2]), reverse=True):
        i = bisect_left(starts, s)
        j = bisect_left(starts, e)
        if j > i:
            values[i:j] = [label] * (j - i)
    return values
