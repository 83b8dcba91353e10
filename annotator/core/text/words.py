"""The words search indexes: runs of letters and digits of the search normal form
(normalize.py), so punctuation never joins a word and tashkeel never splits one.

A document is indexed by its distinct words only: search asks whether every word of a query
occurs inside some word of the document, which needs neither repeats nor positions.
"""
from __future__ import annotations

import re

from annotator.core.text.normalize import normalize

_WORD = re.compile(r"[^\W_]+")
# FTS5 refuses tokens past 32 KB; no real word comes near this.
MAX_WORD = 1000


_PIECE = 1 << 20  # characters split at a time: a long text is never a list of all its words


def index_words(text: str) -> list[str]:
    """The distinct words of `text` in its search normal form, in order of first use."""
    # Repeats dropped before normalising (about half of a news text): the same words result,
    # as white space is never part of one and normalising keeps it.
    once = " ".join(distinct_words(text))
    return [w[:MAX_WORD] for w in dict.fromkeys(_WORD.findall(normalize(once)))]


def distinct_words(text: str) -> dict[str, None]:
    """dict.fromkeys(text.split()), made a piece of the text at a time (pieces end at white
    space, so no word is cut): a 50 MB text's millions of words are never all listed."""
    seen: dict[str, None] = {}
    lo, n = 0, len(text)
    while lo < n:
        hi = min(lo + _PIECE, n)
        while hi < n and not text[hi].isspace():
            hi += 1
        seen.update(dict.fromkeys(text[lo:hi].split()))
        lo = hi
    return seen


def query_words(query: str) -> list[str]:
    """The words a query asks for (distinct, normal form)."""
    return [w[:MAX_WORD] for w in dict.fromkeys(_WORD.findall(normalize(query)))]
