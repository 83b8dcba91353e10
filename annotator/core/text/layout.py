"""A document's tokens and sentences in one string, computed once when the document is stored.

Text never changes once stored, so its tokenization never does either. The layout keeps:

- `tokens`: every token followed by U+001F, and a sentence's last token by U+001F + "\\n".
  Replacing U+001F with " O\\n" gives the untagged CoNLL lines in one call.
- `starts`: each token's first code point in the text (for mapping span edges to tokens).
- `spos`: each token's position in `tokens`, plus one past the end.

It is the same tokenization as tokenize() and the same sentences as sentences(), which
tests/unit/test_layout.py checks on random text.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, compress, count
from operator import not_

from annotator.core.text.tokens import _TOKEN_RE

# Bump when tokens or sentences change: stored layouts of another version are not used.
LAYOUT_VERSION = 1
SEP = "\x1f"  # never inside a token: str.split() counts it as white space
END = SEP + "\n"

_ENDERS = frozenset(".!?\u061F\u2026\u06D4")
_CLOSERS = frozenset("\"'\u201D\u2019\u00BB)]}\u203A")
_GAPS = re.compile(r"\S+")
_FIND = _TOKEN_RE.findall


@dataclass(frozen=True, slots=True)
class Layout:
    tokens: str
    starts: array
    spos: array

    def __len__(self) -> int:
        return len(self.starts)


def _tokens_and_starts(text: str) -> tuple[list[str], list[int]]:
    words = text.split()
    gaps = list(map(len, _GAPS.split(text)))  # white space before each word, and after
    lengths = [0] * (2 * len(words))
    lengths[0::2] = gaps[:len(words)]
    lengths[1::2] = map(len, words)
    word_starts = list(accumulate(lengths))[0::2]
    if "".join(words).isalpha():  # letters only: each word is one token
        return words, word_starts
    tokens: list[str] = []
    starts: list[int] = []
    last = 0
    # A word is tokenized alone as it is in its text (no token holds white space), and its
    # tokens cover it without gaps, so their starts follow from their lengths.
    for i in compress(count(), map(not_, map(str.isalpha, words))):
        tokens += words[last:i]
        starts += word_starts[last:i]
        pieces = _FIND(words[i])
        tokens += pieces
        starts += accumulate(map(len, pieces[:-1]), initial=word_starts[i])
        last = i + 1
    tokens += words[last:]
    starts += word_starts[last:]
    return tokens, starts


def _sentence_starts(text: str, tokens: list[str], starts: list[int]) -> list[int]:
    """Indexes of the tokens that begin a sentence after the first, as sentences() decides:
    after . ! ? ؟ … ۔ and the closing marks glued to it, and after a line break."""
    n = len(tokens)
    out = set()
    for i in compress(count(), map(_ENDERS.__contains__, tokens)):
        j = i + 1
        while j < n and tokens[j] in _CLOSERS and starts[j] == starts[j - 1] + len(tokens[j - 1]):
            j += 1
        out.add(j)
    for ch in "\n\r\u2029":
        at = text.find(ch)
        while at != -1:
            out.add(bisect_left(starts, at))  # the first token after the break
            at = text.find(ch, at + 1)
    return sorted(i for i in out if 0 < i < n)


def layout_of(text: str) -> Layout:
    tokens, starts = _tokens_and_starts(text)
    cuts = [0] + _sentence_starts(text, tokens, starts) + [len(tokens)]
    parts = []
    spos = [0]
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        parts.append(SEP.join(tokens[a:b]))
        parts.append(END)
        base = spos.pop()
        spos += accumulate([n + 1 for n in map(len, tokens[a:b])], initial=base)
        spos[-1] += 1  # the line break after the sentence
    code = "H" if len(text) < 65536 and (spos[-1] if spos else 0) < 65536 else "I"
    return Layout("".join(parts), array(code, starts), array(code, spos))


def pack(layout: Layout) -> tuple[str, int, bytes, bytes]:
    """(tokens, width, starts, spos) as stored; width is bytes per offset."""
    return (layout.tokens, layout.starts.itemsize, layout.starts.tobytes(),
            layout.spos.tobytes())


def unpack(tokens: str, width: int, starts: bytes, spos: bytes) -> Layout:
    code = "H" if width == 2 else "I"
    return Layout(tokens, array(code, starts), array(code, spos))
