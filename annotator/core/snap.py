"""Turn a rough selection into clean span edges, and move span edges by whole tokens.

Plain Python (no Qt). Offsets are code points, half-open [start, end), like everywhere in core.
Only a window of text around the selection is tokenized, so a 1 MB document costs no more than
a short one.
"""
from __future__ import annotations

import unicodedata

from annotator.core.text import tokenize
from annotator.core.text.tokens import Token

# Characters that belong to the character before them: combining marks (tashkeel, Latin
# accents), joiners, the emoji variation selector and skin-tone modifiers.
_JOINERS = {"\u200c", "\u200d", "\ufe0f", "\u20e3"}
_WINDOW = 400  # characters of context tokenized either side of an edge


def is_attached(ch: str) -> bool:
    """True for a character that must never start a span (it belongs to the one before)."""
    return (unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in _JOINERS
            or "\U0001F3FB" <= ch <= "\U0001F3FF")


def _is_punct(tok: Token) -> bool:
    """Punctuation and symbols (quote marks, commas, brackets); words, numbers, emoji are not."""
    first = tok.text[0]
    return unicodedata.category(first)[0] in "PS" and not tok.text.isalnum() \
        and not ("\U0001F000" <= first <= "\U0001FAFF" or "\u2600" <= first <= "\u27BF")


def _window(text: str, lo: int, hi: int) -> tuple[int, int]:
    """[lo, hi) widened by _WINDOW and out to white space, so no token is cut by the window."""
    a = max(0, lo - _WINDOW)
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = min(len(text), hi + _WINDOW)
    while b < len(text) and not text[b].isspace():
        b += 1
    return a, b


def tokens_near(text: str, lo: int, hi: int, cuts: tuple[int, ...] = ()) -> list[Token]:
    """Tokens of the text around [lo, hi), with offsets into the whole text; a token is
    also cut at each offset in `cuts` (existing span edges inside a word)."""
    a, b = _window(text, lo, hi)
    return [Token(t.start + a, t.end + a, t.text)
            for t in tokenize(text[a:b], [c - a for c in cuts if a < c < b])]


def exact_edges(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Exact characters, but never a letter without its marks: white space is trimmed and an
    edge that falls between a letter and its tashkeel moves outwards to include both."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while 0 < start < len(text) and is_attached(text[start]):
        start -= 1
    while end < len(text) and is_attached(text[end]):
        end += 1
    return (start, end) if start < end else None


def snap_to_tokens(text: str, start: int, end: int,
                   keep_punct: bool = False) -> tuple[int, int] | None:
    """Whole tokens touched by [start, end); white space and, unless keep_punct, punctuation
    at either edge dropped (quote marks stay outside the span). None if nothing is left."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    if start == end:
        return None
    toks = [t for t in tokens_near(text, start, end) if t.end > start and t.start < end]
    if not keep_punct:
        while toks and _is_punct(toks[0]):
            toks.pop(0)
        while toks and _is_punct(toks[-1]):
            toks.pop()
    return (toks[0].start, toks[-1].end) if toks else None


def include_pressed(text: str, start: int, end: int, pressed: int | None) -> tuple[int, int]:
    """[start, end) grown to hold the character a mouse drag began on. A press on the last
    letter of a word, past its middle, puts the caret after the word: the drag then starts at
    the word's end and snapping would leave the word out. White space is never added."""
    if pressed is None or not 0 <= pressed < len(text) or text[pressed].isspace():
        return start, end
    if pressed == end:
        return start, end + 1
    if pressed == start - 1:
        return start - 1, end
    return start, end


def snap_selection(text: str, start: int, end: int, *, exact: bool = False,
                   keep_punct: bool = False, pressed: int | None = None
                   ) -> tuple[int, int] | None:
    """Span edges for a selection. `pressed`: the character a mouse drag began on, which
    token snapping keeps (exact characters are taken as the caret shows them)."""
    if exact:
        return exact_edges(text, start, end)
    return snap_to_tokens(text, *include_pressed(text, start, end, pressed), keep_punct)


def move_edge(text: str, start: int, end: int, edge: str, step: int) -> tuple[int, int]:
    """Move the span's `edge` ("start" or "end") by one token, forwards (step=+1, towards the
    end of the text) or backwards (-1). The span never becomes empty; at a limit it stays."""
    toks = tokens_near(text, start, end, (start, end))
    if edge == "end":
        if step > 0:
            nxt = next((t.end for t in toks if t.end > end), end)
            return start, nxt
        prev = [t.end for t in toks if start < t.end < end]
        return start, (prev[-1] if prev else end)
    if step > 0:
        nxt = next((t.start for t in toks if start < t.start < end), start)
        return nxt, end
    prev = [t.start for t in toks if t.start < start]
    return (prev[-1] if prev else start), end
