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


def index_words(text: str) -> list[str]:
    """The distinct words of `text` in its search normal form, in order of first use."""
    # Repeats dropped before normalising (about half of a news text): the same words result,
    # as white space is never part of one and normalising keeps it.
    once = " ".join(dict.fromkeys(text.split()))
    return [w[:MAX_WORD] for w in dict.fromkeys(_WORD.findall(normalize(once)))]


def query_words(query: str) -> list[str]:
    """The words a query asks for (distinct, normal form)."""
    return [w[:MAX_WORD] for w in dict.fromkeys(_WORD.findall(normalize(query)))]
