"""Find a phrase in one document by the project search's rules.

Tashkeel, tatweel and alef/hamza forms are ignored (core/text/normalize), a word matches inside
a longer, clitic-joined word (بغداد in وبغداد), and the words of a phrase may be separated by
any run of white space. A word with the article ال is found after the preposition ل as well
(للرئيس for الرئيس). Hits are code-point ranges into the stored text, ready to highlight or
to mark as spans; a hit keeps the marks that sit on its last letter, so the span is whole.
"""
from __future__ import annotations

import re

from annotator.core.text.normalize import normalize, normalize_with_map


_ARTICLE = "\u0627\u0644"   # ال
_LAM = "\u0644"


def _word_pattern(word: str) -> str:
    """A word in normal form as a pattern. A word with the article ال also matches after the
    preposition ل, where the alef is not written (ل + الرئيس = للرئيس): the hit is then the
    article's ل and the rest of the word, the preposition stays out, as و does in والرئيس."""
    if word.startswith(_ARTICLE) and len(word) > len(_ARTICLE):
        return f"(?:{_ARTICLE}|(?<={_LAM}){_LAM}){re.escape(word[len(_ARTICLE):])}"
    return re.escape(word)


def find_pattern(query: str) -> re.Pattern[str] | None:
    """The compiled pattern for `query` in normal form; None when there is nothing to find."""
    words = normalize(query).split()
    if not words:
        return None
    return re.compile(r"\s+".join(_word_pattern(w) for w in words))


class DocumentFinder:
    """Normalises one text once; then each query costs one regular-expression scan."""

    def __init__(self, text: str):
        self.text = text
        self._norm, self._where = normalize_with_map(text)

    def find_all(self, query: str) -> list[tuple[int, int]]:
        pattern = find_pattern(query)
        if pattern is None:
            return []
        where, n = self._where, len(self._where)
        hits: list[tuple[int, int]] = []
        for m in pattern.finditer(self._norm):
            if m.end() == m.start():
                continue
            start = where[m.start()]
            # Up to the next kept character: the dropped marks after the last letter belong
            # to it (a haraka, a shadda, tatweel).
            end = where[m.end()] if m.end() < n else len(self.text)
            end = _trim_space(self.text, where[m.end() - 1] + 1, end)
            hits.append((start, end))
        return hits


def _trim_space(text: str, lo: int, hi: int) -> int:
    """`hi`, pulled back to the last non-space character after `lo` (dropped characters are
    marks and tatweel, never space, but stay safe)."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    return DocumentFinder(text).find_all(query)
