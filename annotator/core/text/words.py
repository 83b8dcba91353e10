"""The words search indexes: runs of letters and digits of the search normal form
(normalize.py), so punctuation never joins a word and tashkeel never splits one.

A document is indexed by its distinct words only: search asks whether every word of a query
occurs inside some word of the document, which needs neither repeats nor positions.
"""
from __future__ import annotations

import re
from itertools import chain

from annotator.core.text.normalize import normalize

_WORD = re.compile(r"[^\W_]+")
# FTS5 refuses tokens past 32 KB; no real word comes near this.
MAX_WORD = 1000


_PIECE = 1 << 20  # characters split at a time: a long text is never a list of all its words


class _WordForms(dict):
    """raw word -> its search words (normalised, split at punctuation). A corpus's words
    repeat, so most are looked up rather than normalised again; str.translate costs about
    130 ns a character, a lookup less than one character's worth."""

    def __missing__(self, word: str) -> tuple[str, ...]:
        if len(self) >= 50_000:  # bounded: a corpus's vocabulary can be large
            self.clear()
        forms = self[word] = tuple(w[:MAX_WORD] for w in _WORD.findall(normalize(word)))
        return forms


_FORMS = _WordForms()


def index_words(text: str, split: list[str] | None = None) -> list[str]:
    """The distinct words of `text` in its search normal form, in order of first use.
    `split` is text.split() when the caller has it already."""
    # Each distinct raw word once (about half of a news text repeats), each mapped alone:
    # normalising never adds or removes white space, so no word is joined or cut.
    raw = distinct_words(text) if split is None else dict.fromkeys(split)
    return list(dict.fromkeys(chain.from_iterable(map(_FORMS.__getitem__, raw))))


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
