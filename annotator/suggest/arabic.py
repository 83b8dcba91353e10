"""Arabic word forms for matching: the search normal form, and proclitics peeled off.

و ف (conjunctions), ب ل ك (prepositions) and ال (article) attach to the next word, alone or
combined (وبال، فلل...). A name is matched on the word with these removed, and its span starts
after them: the span is on the name, never on the clitic. In للعراق (ل + العراق, the article's
alef dropped) the span starts at the article's ل: لعراق.
"""
from __future__ import annotations

from functools import lru_cache

from annotator.core.text.normalize import normalize, normalize_with_map
from annotator.core.text.tokens import Token, tokenize

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
# Every combination a word can start with, longest first: وبال before وب before و.
PROCLITICS: tuple[str, ...] = tuple(sorted(
    {c + p for c in _CONJ for p in _PREP} - {""}, key=len, reverse=True))
MIN_STEM = 2  # a stem shorter than this is too ambiguous to match


@lru_cache(maxsize=200_000)
def norm(word: str) -> str:
    return normalize(word)


@lru_cache(maxsize=8)
def tokens_of(text: str) -> tuple[Token, ...]:
    """A text's tokens, shared by the suggesters that run on one document in turn."""
    return tuple(tokenize(text))


@lru_cache(maxsize=200_000)
def light(word: str) -> str:
    """The normal form with ى kept apart from ي, so the preposition على and the name علي
    stay different words."""
    return normalize(word.replace("\u0649", "\uE000")).replace("\uE000", "\u0649")


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[tuple[int, str], ...]:
    """(prefix length in the ORIGINAL word, normalized stem) for the word itself and each
    way of peeling proclitics off it, the word itself first. ل + ال is written لل (للعراق): the
    stem then is العراق, starting after the preposition's ل."""
    text, where = normalize_with_map(word)
    out: list[tuple[int, str]] = [(0, text)]
    seen = {text}
    for p in PROCLITICS:
        if not text.startswith(p) or len(text) - len(p) < MIN_STEM:
            continue
        stem = text[len(p):]
        if stem not in seen:
            seen.add(stem)
            out.append((where[len(p)], stem))
        if p.endswith("ل") and stem.startswith("ل") and len(stem) > MIN_STEM:
            # للعراق = ل + العراق with the alef of the article dropped
            article = "ا" + stem
            if article not in seen:
                seen.add(article)
                out.append((where[len(p)], article))
    return tuple(out)


@lru_cache(maxsize=200_000)
def strip_clitics(word: str) -> str:
    """The word with the longest proclitic removed (and ال), for a model feature."""
    text = normalize(word)
    for p in PROCLITICS + ("ال",):
        for q in (p + "ال", p):
            if text.startswith(q) and len(text) - len(q) >= MIN_STEM + 1:
                return text[len(q):]
    return text


def shape(word: str) -> str:
    """A coarse shape: a = Arabic letter, L/l = Latin, d = digit, other kept; runs folded."""
    out: list[str] = []
    for ch in word:
        if "\u0600" <= ch <= "\u06FF":
            c = "d" if ch.isdigit() else ("a" if ch.isalpha() else "m")
        elif ch.isdigit():
            c = "d"
        elif ch.isalpha():
            c = "L" if ch.isupper() else "l"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)
