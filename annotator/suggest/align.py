"""Placing what another program reports back onto our text, in code points.

Models cut text their own way: a tokenizer may split وبغداد into و + بغداد or keep it whole,
drop tashkeel before it looks, or count offsets in UTF-16 units (Label Studio's browser side
does). Nothing here guesses a span the model did not report: a reported range is checked
against our text, and moved only to where the model's own surface string stands.
"""
from __future__ import annotations

import unicodedata
from typing import Iterable, Sequence

TATWEEL = "\u0640"


def _is_mark(ch: str) -> bool:
    # tashkeel and other combining marks belong to the letter before them
    return unicodedata.category(ch) in ("Mn", "Me") or ch == TATWEEL


def tidy(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The range with the marks of its last letter taken in (a tokenizer that strips
    tashkeel reports the letter only) and outer white space left out; None when nothing
    but white space or marks is left."""
    start, end = max(0, start), min(len(text), end)
    while end < len(text) and end > start and _is_mark(text[end]):
        end += 1
    while start < end and (text[start].isspace() or _is_mark(text[start])):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def utf16_to_index(text: str, units: int) -> int | None:
    """The code-point index that `units` UTF-16 units into `text` stand at (None inside a
    surrogate pair or past the end)."""
    seen = 0
    for i, ch in enumerate(text):
        if seen == units:
            return i
        seen += 2 if ord(ch) > 0xFFFF else 1
        if seen > units:
            return None
    return len(text) if seen == units else None


def place(text: str, start: int, end: int, surface: str | None = None) -> tuple[int, int] | None:
    """Where a reported [start, end) with its surface string stands in our text: as code
    points, else as UTF-16 units, else the occurrence of the surface nearest `start`. Without
    a surface the range is taken as code points. None when it cannot be placed."""
    if not surface:
        if 0 <= start < end <= len(text):
            return tidy(text, start, end)
        return None
    if text[start:end] == surface and 0 <= start < end:
        return tidy(text, start, end)
    a, b = utf16_to_index(text, start), utf16_to_index(text, end)
    if a is not None and b is not None and a < b and text[a:b] == surface:
        return tidy(text, a, b)
    near = _nearest(text, surface, start)
    return tidy(text, near, near + len(surface)) if near is not None else None


def _nearest(text: str, surface: str, around: int) -> int | None:
    best: int | None = None
    i = text.find(surface)
    while i != -1:
        if best is None or abs(i - around) < abs(best - around):
            best = i
        i = text.find(surface, i + 1)
    return best


def align_tokens(text: str, tokens: Sequence[str]) -> list[tuple[int, int] | None]:
    """Each token string's [start, end) in `text`, read left to right (a model's tokens as it
    cut them: و and بغداد from وبغداد, or an emoji on its own). Tashkeel and tatweel are
    ignored on both sides (a tokenizer may drop them) and a letter's marks go with it. Only
    white space may lie between two tokens, except after a token that is not in the text (an
    unknown-word piece): that one gets None and the next is looked for further on. An empty
    token (a special one) gets None and changes nothing."""
    bare, where = _bare(text)
    out: list[tuple[int, int] | None] = []
    pos, lost = 0, False
    for tok in tokens:
        want = _bare(tok)[0].strip()
        if not want:
            out.append(None)
            continue
        i = bare.find(want, pos)
        if i == -1 or not (lost or i == pos or bare[pos:i].isspace()):
            out.append(None)
            lost = True
            continue
        pos, lost = i + len(want), False
        out.append(tidy(text, where[i], where[pos - 1] + 1))
    return out


def _bare(text: str) -> tuple[str, list[int]]:
    """`text` without marks and tatweel, and where each kept character stands in `text`."""
    where = [i for i, ch in enumerate(text) if not _is_mark(ch)]
    return "".join(text[i] for i in where), where


def merge(ranges: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """The smallest range covering all of `ranges` (a span's tokens)."""
    starts, ends = zip(*ranges)
    return min(starts), max(ends)
