"""CoNLL lines for one document without a Python object per token.

The text is cut at every span edge and every sentence end; between two cuts every token has
the same covering spans, so a piece's tokens come from one `findall` and its lines from one
`join`. This gives the tokens of core/text/tokens.py split at span edges, and the sentences of
core/text/sentences.py (tests/unit/test_conll_fast.py checks both against them on random text).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress
from operator import not_
from typing import Callable, Protocol, Sequence

from annotator.core.text.tokens import _MARKS, _TOKEN_RE

# The document line CoNLL-2003 readers skip (spaCy's `convert -c ner` splits documents at this
# exact line; flair and Hugging Face's conll2003 script skip lines starting with -DOCSTART-).
DOCSTART = "-DOCSTART- -X- O O\n\n"
_ENDERS = "!?\u061F\u2026\u06D4"
_CLOSERS = "\"'\u201D\u2019\u00BB)\\]}\u203A"
# A candidate sentence end: . ! ? ؟ … ۔ ("." inside 12.5 is not one), its marks, and closing
# marks glued after it. _ends() decides, since a span edge can cut a mark off its letter.
_END_RE = re.compile(rf"[.{_ENDERS}][{_MARKS}]*(?:[{_CLOSERS}][{_MARKS}]*)*")
_LINE_RE = re.compile(r"[\r\n\u2029]\s*")
_MARK_SET = frozenset(ch for ch in re.findall(rf"[{_MARKS}]", "".join(
    chr(c) for c in range(0x300, 0x2010))))
_FIND = _TOKEN_RE.findall


def _tokens(text: str, a: int, b: int) -> list[str]:
    """findall(text[a:b]) of the token pattern, faster: a run of letters between white space
    is one token (str.isalpha is exact for that), only the rest goes through the pattern."""
    words = text[a:b].split()
    if "".join(words).isalpha():
        return words
    flags = list(map(str.isalpha, words))
    out: list[str] = []
    last = 0
    for i in compress(range(len(words)), map(not_, flags)):
        out += words[last:i]
        out += _FIND(words[i])
        last = i + 1
    out += words[last:]
    return out


def _trimmed(text: str, span: "Edges") -> tuple[int, int]:
    """The span without white space at its edges: its edges are then token edges."""
    piece = text[span.start:span.end]
    lead = len(piece) - len(piece.lstrip())
    return span.start + lead, span.start + len(piece.rstrip())


def _word(text: str, at: int) -> tuple[int, int]:
    """The white-space-delimited word holding offset `at`."""
    start, end, n = at, at, len(text)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < n and not text[end].isspace():
        end += 1
    return start, end


def _clipped(text: str, word: tuple[int, int], lo: int, hi: int) -> list[str]:
    # A token never holds white space, so a word tokenizes alone as it does in its text.
    out = []
    for m in _TOKEN_RE.finditer(text, word[0], word[1]):
        a, b = max(m.start(), lo), min(m.end(), hi)
        if a < b:
            out.append(text[a:b])
    return out


def _piece(text: str, a: int, b: int) -> list[str]:
    """Tokens of text[a:b]: the text's tokens, cut at a and b where those fall inside a word."""
    n = len(text)
    head: list[str] = []
    tail: list[str] = []
    if 0 < a < n and not text[a - 1].isspace() and not text[a].isspace():
        word = _word(text, a)
        head = _clipped(text, word, a, b)
        a = min(word[1], b)
    if a < b < n and not text[b].isspace() and not text[b - 1].isspace():
        word = _word(text, b - 1)
        start = max(word[0], a)
        tail = _clipped(text, word, start, b)
        b = start
    return head + _tokens(text, a, b) + tail if a < b else head + tail


def _ends(text: str, cuts: set[int]) -> set[int]:
    """Offsets where a new sentence may start (as core/text/sentences.py decides)."""
    out = {m.end() for m in _LINE_RE.finditer(text)}
    n = len(text)
    for m in _END_RE.finditer(text):
        pos, stop = m.start() + 1, m.end()
        if text[pos - 1] == "." and 1 < pos < n and text[pos - 2].isdecimal() \
                and text[pos].isdecimal():
            continue  # the point of a number such as 12.5
        if pos < stop and text[pos] in _MARK_SET and pos not in cuts:
            continue  # the marks belong to the mark: it is not a sentence end
        while pos < stop and text[pos] not in _MARK_SET:  # a glued closer
            if pos + 1 < stop and text[pos + 1] in _MARK_SET and pos + 1 not in cuts:
                break  # the closer carries marks: another token, not a closer
            pos += 1
        out.add(pos)
    return out


def _levels(ranges: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    out: list[list[tuple[int, int, str]]] = []
    ends: list[int] = []
    for r in sorted(ranges, key=lambda r: (r[0], -r[1])):
        for i, e in enumerate(ends):
            if e <= r[0]:
                out[i].append(r)
                ends[i] = r[1]
                break
        else:
            out.append([r])
            ends.append(r[1])
    return out


class Edges(Protocol):
    """What a writer reads of a span: a model Span, or a span row as a named tuple."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...


class LayeredEdges(Edges, Protocol):
    """... and its layer (CoNLL gives each layer its columns)."""
    @property
    def layer(self) -> str: ...


def document_text(text: str, spans: Sequence[LayeredEdges], layers: Sequence[str],
                  columns: dict[str, int], bioes: bool, sep: str,
                  dropped: Callable[[str], None], unbroken: str | None = None) -> str:
    """The document's lines; no sentence ends inside a span of the `unbroken` layer."""
    cols: list[list[tuple[int, int, str]]] = []
    points = {0, len(text)}
    whole: list[tuple[int, int]] = []  # spans of the unbroken layer
    for layer in layers:
        ranges = []
        for s in spans:
            if s.layer == layer:
                a, b = s.start, s.end
                if a >= b or text[a].isspace() or text[b - 1].isspace():
                    a, b = _trimmed(text, s)
                if a < b:
                    ranges.append((a, b, s.label))
                    points.add(a)
                    points.add(b)
                    if layer == unbroken:
                        whole.append((a, b))
                else:  # only white space inside: no token to carry the tag
                    dropped(s.label)
        lv = _levels(ranges)
        cols.extend(lv[i] if i < len(lv) else [] for i in range(columns.get(layer, 1)))
    ncol = len(cols)
    breaks = _ends(text, points)
    if whole:
        ordered = sorted(breaks)
        for a, b in whole:
            i = bisect_right(ordered, a)
            while i < len(ordered) and ordered[i] < b:
                breaks.discard(ordered[i])
                i += 1
    points |= breaks
    cuts = sorted(points)
    n = len(text)
    pieces = []
    for i in range(len(cuts) - 1):
        a, b = cuts[i], cuts[i + 1]
        # most edges fall on white space: then no word is cut and _tokens alone will do
        if (a == 0 or text[a - 1].isspace() or text[a].isspace()) and \
                (b == n or text[b].isspace() or text[b - 1].isspace()):
            pieces.append((a, b, _tokens(text, a, b)))
        else:
            pieces.append((a, b, _piece(text, a, b)))
    # For each column, the tag of each piece's tokens: (first, middle, last)
    tags: list[list[list[str] | None]] = [[None] * len(pieces) for _ in range(ncol)]
    for c, col in enumerate(cols):
        k = 0
        for a, b, label in col:
            while pieces[k][0] < a:
                k += 1
            first = k
            while k < len(pieces) and pieces[k][1] <= b:
                k += 1
            owned = [j for j in range(first, k) if pieces[j][2]]
            n_tok = sum(len(pieces[j][2]) for j in owned)
            if not n_tok:
                dropped(label)
                continue
            inside = "I-" + label
            made = [[inside, inside, inside] for _ in owned]
            for j, triple in zip(owned, made):
                tags[c][j] = triple
            made[0][0] = "B-" + label
            if bioes:
                if n_tok == 1:
                    made[0][0] = "S-" + label
                else:
                    made[-1][2] = "E-" + label
            k = first  # the next span of this column starts at or after b
    out = [DOCSTART]
    plain = sep + sep.join(["O"] * ncol) + "\n" if ncol else "\n"
    open_sentence = False
    for j, (a, b, toks) in enumerate(pieces):
        if a in breaks and open_sentence:
            out.append("\n")
            open_sentence = False
        if not toks:
            continue
        open_sentence = True
        row = [t[j] for t in tags]
        if not any(row):
            out.append(plain.join(toks) + plain)
            continue
        if len(toks) == 1:  # the span's first token keeps B-/S-, else its last E-/I-
            one = [("O" if not x else x[0] if x[0] != x[1] else x[2]) for x in row]
            out.append(toks[0] + sep + sep.join(one) + "\n")
            continue
        opening, middle, last = (sep + sep.join([(x[p] if x else "O") for x in row]) + "\n"
                                 for p in range(3))
        out.append(toks[0] + opening)
        if len(toks) > 2:
            out.append(middle.join(toks[1:-1]) + middle)
        out.append(toks[-1] + last)
    if open_sentence:
        out.append("\n")
    return "".join(out)
