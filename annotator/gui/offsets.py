"""Code points <-> Qt document positions. The only place where Qt positions exist.

Qt counts UTF-16 units (an emoji outside the BMP is 2) and turns "\\r\\n" into one paragraph
separator, so position = UTF-16 units before the index minus the "\\r\\n" pairs before it.
Texts without either (most of them) map one to one and cost nothing to convert.
"""
from __future__ import annotations

import re
from bisect import bisect_right

_SPECIAL = re.compile("[\U00010000-\U0010FFFF]|\r\n")


class OffsetMap:
    """Converts offsets for one text. Build once per document: O(n) scan, then O(log n)."""

    def __init__(self, text: str):
        self.length = len(text)
        self._ends: list[int] = []    # code-point index just after each astral char / pair
        self._cum: list[int] = []     # Qt shift from there on (+1 per astral, -1 per pair)
        self.qt_length = self.length
        # The common case, identity. Looking for "\r" alone first: a one-character search
        # is some thirty times faster than a two-character one on a 1 MB text.
        crlf = "\r" in text and "\r\n" in text
        if not crlf and len(text.encode("utf-16-le")) == 2 * len(text):
            return
        shift = 0
        for m in _SPECIAL.finditer(text):
            shift += 1 if len(m.group()) == 1 else -1
            self._ends.append(m.end())
            self._cum.append(shift)
        self.qt_length = self.to_qt(self.length)

    @property
    def identity(self) -> bool:
        return not self._ends

    def to_qt(self, index: int) -> int:
        """Qt position of the code point `index` (0..len). The index between "\r" and "\n"
        maps after the separator, so no code-point index maps into the middle of a pair."""
        j = bisect_right(self._ends, index) if self._ends else 0
        return index + (self._cum[j - 1] if j else 0)

    def from_qt(self, pos: int, round_up: bool = False) -> int:
        """Code-point index for a Qt position. A position inside a surrogate pair (which Qt
        accepts silently) moves to the character's start, or its end when round_up."""
        if not self._ends:
            return max(0, min(pos, self.length))
        pos = max(0, min(pos, self.qt_length))
        # Largest index whose Qt position is <= pos (to_qt is non-decreasing).
        i = bisect_right(range(self.length + 1), pos, key=self.to_qt) - 1
        if round_up and i < self.length and self.to_qt(i) < pos:
            i += 1
        return i

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_from_qt(self, qstart: int, qend: int) -> tuple[int, int]:
        """A Qt selection as code points, widened (never narrowed) to whole characters."""
        lo, hi = sorted((qstart, qend))
        return self.from_qt(lo), self.from_qt(hi, round_up=True)
