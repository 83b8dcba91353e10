"""The normal form used for search: what a reader sees as the same word maps to one string.

Tashkeel, Quranic marks and tatweel are dropped; alef forms become bare alef; hamza carriers
(ؤ ئ) and alef maqsura become their bare letter; Arabic-Indic digits become ASCII digits; Latin
letters are lower-cased. The Arabic steps map one code point to zero or one; lower-casing does
too except for a few letters (İ becomes i and a combining dot). `normalize` keeps those whole;
`normalize_with_map` keeps only their first code point, so that its map back to the original
offsets (used to highlight matches) stays exact: the two differ only on such letters.
"""
from __future__ import annotations

import pyarabic.araby as araby

_DROP = set(araby.TASHKEEL) | {araby.TATWEEL, "\u0670"}  # + superscript alef
_DROP |= {chr(c) for c in range(0x0610, 0x061B)}          # honorific and Quranic signs
_DROP |= {chr(c) for c in range(0x064B, 0x0660)}          # all harakat incl. U+0653-0655
_DROP |= {chr(c) for c in range(0x06D6, 0x06EE)} - {"\u06E5", "\u06E6"}  # Quranic annotations

_MAP = {
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",  # آ أ إ ٱ -> ا
    "\u0624": "\u0648",  # ؤ -> و
    "\u0626": "\u064A",  # ئ -> ي
    "\u0649": "\u064A",  # ى -> ي
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits

_TABLE = {ord(ch): None for ch in _DROP} | {ord(k): v for k, v in _MAP.items()}


def normalize(text: str) -> str:
    return text.translate(_TABLE).lower()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Return the normal form and, for each of its characters, the index it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        mapped = _MAP.get(ch, ch).lower()
        # lower() of a few Latin letters is longer than one code point (İ); keep one.
        out.append(mapped[:1] if mapped else ch)
        where.append(i)
    return "".join(out), where
