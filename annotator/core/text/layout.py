"""A document's tokens and sentences in one string, computed once when the document is stored.

Text never changes once stored, so its tokenization never does either. The layout keeps:

- `tokens`: UTF-8, every token followed by U+001F, and a sentence's last token by U+001F and a
  line break. Replacing U+001F with " O\\n" gives the untagged CoNLL lines, already encoded,
  in one call.
- `starts`, `ends`: each token's code-point offsets in the text (to map span edges to tokens).
- `spos`: each token's byte offset in `tokens`, then the length of `tokens`.

It is the same tokenization as tokenize() and the same sentences as sentences(), which
tests/unit/test_layout.py checks on random text.
"""
from __future__ import annotations

import zlib
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from itertools import chain, compress, count
from operator import add
from typing import Iterator

import numpy as np

from annotator.core.text.tokens import _TOKEN_RE

# Bump when tokens or sentences change: stored layouts of another version are not used.
LAYOUT_VERSION = 1
# The version of a layout kept from the source: a corpus's own tokens and sentences (CoNLL
# import). It is never recomputed, whatever the tokenizer's version.
SOURCE_VERSION = -1
SEP = "\x1f"  # never inside a token: str.split() counts it as white space
END = SEP + "\n"
SEP_BYTE = SEP.encode()
END_BYTES = END.encode()

_ENDERS = frozenset(".!?\u061F\u2026\u06D4")
_CLOSERS = frozenset("\"'\u201D\u2019\u00BB)]}\u203A")
_FIND = _TOKEN_RE.findall
# What str.split() splits at (every code point whose isspace() is true; a test checks the
# list), by code point; the last entry stands for every code point past U+3000.
_SPACE = np.zeros(0x3002, dtype=bool)
_SPACE[[*range(0x9, 0xE), *range(0x1C, 0x21), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
        0x2028, 0x2029, 0x202F, 0x205F, 0x3000]] = True
_U8_SEP, _U8_NL = ord(SEP), ord("\n")
_LEVEL = 1  # deflate level of the stored tokens: fast, and most of the size gain


def space_mask(text: str) -> np.ndarray:
    """For each code point of `text`: is it one str.split() splits at."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    return _SPACE[np.minimum(points, len(_SPACE) - 1)]


@dataclass(frozen=True, slots=True)
class Layout:
    tokens: bytes
    starts: array
    ends: array
    spos: array

    def __len__(self) -> int:
        return len(self.starts)


class _WordTokens(dict):
    """word -> its tokens. A word tokenizes alone as it does in its text (no token holds white
    space); words repeat across a corpus, so most are looked up rather than tokenized."""

    def __missing__(self, word: str) -> tuple[str, ...]:
        if len(self) >= 50_000:  # bounded: a corpus's vocabulary can be large
            self.clear()
        tokens = self[word] = (word,) if word.isalpha() else tuple(_FIND(word))
        return tokens


_WORD_TOKENS = _WordTokens()


def _tokens_and_starts(text: str, words: list[str] | None = None
                       ) -> tuple[list[str], list[int]]:
    # Every step below iterates in C (numpy over the code points): this runs once per stored
    # document, and is most of what an import computes. `words` is text.split(), if known.
    words = text.split() if words is None else words
    per_word = list(map(_WORD_TOKENS.__getitem__, words))
    tokens = list(chain.from_iterable(per_word))
    if not tokens:
        return [], []
    # A word starts at a non-space after a space (or the start); a token at its word's start
    # plus the lengths of the tokens before it in its word.
    space = space_mask(text)
    word_starts = np.flatnonzero(~space & np.concatenate(([True], space[:-1])))
    if len(tokens) == len(words):
        return tokens, word_starts.tolist()
    per = np.fromiter(map(len, per_word), dtype=np.int64, count=len(words))
    before = np.cumsum(np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens)))
    before = np.concatenate(([0], before[:-1]))  # token lengths before each token
    first = np.concatenate(([0], np.cumsum(per)[:-1]))  # each word's first token
    starts = np.repeat(word_starts - before[first], per) + before
    return tokens, starts.tolist()


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


_PIECE = 1 << 18   # characters: a long text is laid out a piece at a time, cut at line breaks


def words_if_whole(text: str) -> list[str] | None:
    """text.split() for a text laid out whole, to hand to packed_layout() and index_words()
    (one split for both); None for a long one, which each splits a piece at a time."""
    return text.split() if len(text) <= _PIECE else None


def layout_of(text: str) -> Layout:
    """The layout of `text`. A long text is laid out in pieces that end at a line break (where
    a sentence always ends), so its memory is a piece's, not millions of token strings at once;
    the result is the same as laying it out whole."""
    if len(text) <= _PIECE:
        return _layout_whole(text)
    tokens: list[bytes] = []
    starts, ends, spos = array("I"), array("I"), array("I")
    byte_base = 0
    for lo, piece in _pieces(text):
        tokens.append(piece.tokens)
        starts.extend(map(lo.__add__, piece.starts))
        ends.extend(map(lo.__add__, piece.ends))
        spos.extend(map(byte_base.__add__, piece.spos[:-1]))
        byte_base += len(piece.tokens)
    spos.append(byte_base)
    return Layout(b"".join(tokens), starts, ends, spos)


def packed_layout(text: str, words: list[str] | None = None
                  ) -> tuple[bytes, int, bytes | array, bytes | array]:
    """pack(layout_of(text)), made without the whole layout: a long text's tokens are
    deflated a piece at a time and its token ends (not stored) never made. `words` is
    text.split() when the caller has it (a short text's)."""
    if len(text) <= _PIECE:
        return _packed_whole(text, words)
    deflate = zlib.compressobj(_LEVEL)  # the same stream as zlib.compress(all the tokens)
    deflated: list[bytes] = []
    starts, spos = array("I"), array("I")
    byte_base = 0
    for lo, piece in _pieces(text):
        deflated.append(deflate.compress(piece.tokens))
        starts.extend(map(lo.__add__, piece.starts))
        spos.extend(map(byte_base.__add__, piece.spos[:-1]))
        byte_base += len(piece.tokens)
    spos.append(byte_base)
    deflated.append(deflate.flush())
    return b"".join(deflated), starts.itemsize, starts, spos


def _pieces(text: str) -> Iterator[tuple[int, Layout]]:
    """(offset, layout) of each non-empty piece of a long text, cut after a line break."""
    lo = 0
    while lo < len(text):
        hi = text.find("\n", lo + _PIECE)
        hi = len(text) if hi < 0 else hi + 1
        piece = _layout_whole(text[lo:hi])
        if len(piece):
            yield lo, piece
        lo = hi


def _layout_whole(text: str) -> Layout:
    tokens, starts = _tokens_and_starts(text)
    return _build(text, tokens, starts, _sentence_starts(text, tokens, starts))


def layout_from(text: str, starts: list[int], ends: list[int],
                sentence_starts: list[int]) -> Layout:
    """The layout of given tokens (code-point ranges of `text` holding no white space, in
    order) and sentences (indexes of the tokens that begin one, after the first)."""
    return _build(text, [text[a:b] for a, b in zip(starts, ends)], list(starts),
                  [i for i in sentence_starts if 0 < i < len(starts)])


def _build(text: str, tokens: list[str], starts: list[int], breaks: list[int]) -> Layout:
    data, spos, code = _joined(text, tokens, breaks)
    return Layout(data, array(code, starts),
                  array(code, map(add, starts, map(len, tokens))), array(code, spos.tolist()))


def _joined(text: str, tokens: list[str], breaks: list[int]) -> tuple[bytes, np.ndarray, str]:
    """The layout's `tokens` bytes, each token's byte offset in them then their length, and
    the array code that holds every offset."""
    if not tokens:
        return b"", np.zeros(1, dtype=np.int64), "H"
    cuts = [0, *breaks, len(tokens)]
    data = (END.join([SEP.join(tokens[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a])
            + END).encode()
    # A token starts after the SEP ending the one before it (and after the line break that
    # follows a sentence's last token); SEP and the line break are one byte each in UTF-8.
    raw = np.frombuffer(data, dtype=np.uint8)
    after = np.flatnonzero(raw == _U8_SEP) + 1
    after += raw[np.minimum(after, len(raw) - 1)] == _U8_NL
    spos = np.concatenate(([0], after))
    spos[-1] = len(data)
    code = "H" if len(text) < 65536 and len(data) < 65536 else "I"
    return data, spos, code


def _packed_whole(text: str, words: list[str] | None = None) -> tuple[bytes, int, bytes, bytes]:
    """pack(_layout_whole(text)), without the token ends pack() leaves out."""
    tokens, starts = _tokens_and_starts(text, words)
    data, spos, code = _joined(text, tokens, _sentence_starts(text, tokens, starts))
    dtype = np.uint16 if code == "H" else np.uint32
    return (zlib.compress(data, _LEVEL), np.dtype(dtype).itemsize,
            np.asarray(starts, dtype=dtype).tobytes(), spos.astype(dtype).tobytes())


def pack(layout: Layout) -> tuple[bytes, int, bytes, bytes]:
    """(tokens, width, starts, spos) as stored; width is bytes per offset. The tokens are a
    second copy of the text: stored deflated (a third of the size; inflating one costs about
    as much as one bytes.replace over it). The offsets stay plain arrays, read without decoding;
    token ends are not stored (a token's end is its start plus its length)."""
    return (zlib.compress(layout.tokens, _LEVEL), layout.starts.itemsize, layout.starts.tobytes(),
            layout.spos.tobytes())


def unpack(tokens: bytes, width: int, starts: bytes, spos: bytes) -> Layout:
    code = "H" if width == 2 else "I"
    plain = zlib.decompress(tokens)
    start = array(code, starts)
    lengths = map(len, plain.decode("utf-8").replace(END, SEP).split(SEP)[:-1])
    return Layout(plain, start, array(code, map(add, start, lengths)), array(code, spos))


def sentence_starts(layout: Layout) -> list[int]:
    """Indexes of the tokens that begin a sentence, after the first."""
    tokens, spos, out = layout.tokens, layout.spos, []
    at = tokens.find(END_BYTES)
    while at != -1 and at + 2 < len(tokens):
        out.append(bisect_left(spos, at + 2))
        at = tokens.find(END_BYTES, at + 2)
    return out


def split_at(text: str, layout: Layout, cuts: "list[int] | set[int]") -> Layout:
    """The layout with each token cut at the offsets that fall inside it; sentences kept."""
    starts, ends = layout.starts, layout.ends
    inside: dict[int, list[int]] = {}
    for c in sorted(set(cuts)):
        i = bisect_left(ends, c + 1)  # the first token ending after c
        if i < len(starts) and starts[i] < c < ends[i]:
            inside.setdefault(i, []).append(c)
    if not inside:
        return layout
    old_breaks = set(sentence_starts(layout))
    new_starts: list[int] = []
    new_ends: list[int] = []
    breaks: list[int] = []
    for i, (a, b) in enumerate(zip(starts, ends)):
        if i in old_breaks:
            breaks.append(len(new_starts))
        for c in inside.get(i, ()):
            new_starts.append(a)
            new_ends.append(c)
            a = c
        new_starts.append(a)
        new_ends.append(b)
    return layout_from(text, new_starts, new_ends, breaks)
