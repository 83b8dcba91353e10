"""Tokens with code-point offsets that cover every character that is not white space.

Arabic words keep their tashkeel and tatweel inside the token; numbers keep their decimal part
and a following percent sign; each punctuation mark is its own token; an emoji with its
modifiers and joiners is one token. `tokenize(text, boundaries)` also splits a word at extra
offsets, so that a span edge inside وبغداد yields و + بغداد.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Iterator

# Combining marks that belong to the letter before them: Arabic harakat, Quranic marks,
# superscript alef, tatweel, Latin combining diacritics, ZWNJ/ZWJ inside words.
_MARKS = ("\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8"
          "\u06EA-\u06ED\u0640\u200C\u200D")
_LETTER = r"[^\W\d_]"
# Digits are not part of a word: و٥٠٪ is the clitic و and the number ٥٠٪.
_WORD = rf"(?:{_LETTER}[{_MARKS}]*)+"
# 12.5  1,000  ١٢٫٥  5%  ٪٥٠ is not a thing, 50٪ is.
_NUMBER = r"\d+(?:[.,\u066B\u066C]\d+)*[%\u066A\u2030]?"
_EMOJI_BASE = ("\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF"
               "\U0001F1E6-\U0001F1FF")
_EMOJI = (rf"[{_EMOJI_BASE}][\uFE0F\U0001F3FB-\U0001F3FF\u20E3]*"
          rf"(?:\u200D[{_EMOJI_BASE}][\uFE0F\U0001F3FB-\U0001F3FF]*)*")
_FLAG = r"[\U0001F1E6-\U0001F1FF]{2}"
_OTHER = rf"[^\s{_MARKS}][{_MARKS}]*"  # any other mark of punctuation or symbol, alone
_TOKEN_RE = re.compile(f"{_FLAG}|{_EMOJI}|{_WORD}|{_NUMBER}|{_OTHER}|[{_MARKS}]+")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, boundaries: Iterable[int] = ()) -> list[Token]:
    """Tokens in order; a token is cut at every offset in `boundaries` that falls inside it."""
    tokens = [Token(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    cuts = sorted(set(boundaries))
    if not cuts:
        return tokens
    out: list[Token] = []
    for tok in tokens:
        i = bisect_right(cuts, tok.start)
        start = tok.start
        while i < len(cuts) and cuts[i] < tok.end:
            out.append(Token(start, cuts[i], text[start:cuts[i]]))
            start = cuts[i]
            i += 1
        out.append(tok if start == tok.start else Token(start, tok.end, text[start:tok.end]))
    return out


def iter_tokens(text: str, boundaries: Iterable[int] = ()) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each token as tokenize() gives them, one at a time: a long text's
    tokens are never all in memory."""
    cuts = sorted(set(boundaries))
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        if cuts:
            i = bisect_right(cuts, start)
            while i < len(cuts) and cuts[i] < end:
                yield start, cuts[i], text[start:cuts[i]]
                start = cuts[i]
                i += 1
        yield start, end, match.group() if start == match.start() else text[start:end]


def token_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches tokenize() makes its tokens of, one at a time, for callers that read a
    long text's tokens by the thousand."""
    return _TOKEN_RE.finditer(text)


def token_spans(text: str) -> list[tuple[int, int]]:
    """Just the (start, end) pairs, for callers that snap selections to tokens."""
    return [(m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
