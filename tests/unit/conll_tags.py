"""A reference for the tests: spans to tag columns over a token list, the plain CoNLL tagging
that the fast writer (annotator/formats/conll_fast.py) is checked against in test_conll_fast.py.

A layer's spans are laid out in nesting levels: a span goes to the lowest level whose spans it
does not overlap, so an outer span (placed first: by start, longer first) is on level 0 and what
it holds is on level 1, and so on. Each level is one tag column.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Sequence

# (first token, last token inclusive, label)
TokenSpan = tuple[int, int, str]


def token_range(starts: Sequence[int], ends: Sequence[int], start: int,
               end: int) -> tuple[int, int] | None:
    """Tokens inside [start, end); tokens are cut at span edges, so the fit is exact.
    None when the span holds no token (it covers only white space)."""
    first = bisect_left(starts, start)
    last = bisect_right(ends, end) - 1
    if first >= len(starts) or last < first:
        return None
    return first, last


def levels(spans: list[tuple[int, int, str]]) -> list[list[TokenSpan]]:
    """Spread token spans (sorted by start, longer first) over non-overlapping levels."""
    out: list[list[TokenSpan]] = []
    last_end: list[int] = []
    for first, last, label in spans:
        for level, end in enumerate(last_end):
            if end < first:
                out[level].append((first, last, label))
                last_end[level] = last
                break
        else:
            out.append([(first, last, label)])
            last_end.append(last)
    return out


def tag_column(n_tokens: int, level: list[TokenSpan], bioes: bool) -> list[str]:
    tags = ["O"] * n_tokens
    for first, last, label in level:
        if bioes and first == last:
            tags[first] = "S-" + label
            continue
        tags[first] = "B-" + label
        inside = "I-" + label
        for i in range(first + 1, last):
            tags[i] = inside
        if last > first:
            tags[last] = ("E-" if bioes else "I-") + label
    return tags
