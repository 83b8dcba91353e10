"""Token features for the sequence labeller, and turning documents into tagged sentences.

Two feature sets: `rich` (ours: word, normal form, clitic-stripped form, affixes of the normal
form, shape, proclitic, neighbours' forms) and `plain` (the reference: word, 2- and 3-letter
affixes, article flags, digit flag, length, neighbours' words), so the bench can show what the
richer features buy on the same data in the same run.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, Sequence

from annotator.core.text.sentences import sentences
from annotator.core.text.tokens import Token, tokenize
from annotator.suggest.arabic import norm, shape, strip_clitics, tokens_of

Features = dict[str, str | float | bool]


def _plain_token(w: str) -> Features:
    return {"w": w, "p2": w[:2], "p3": w[:3], "s2": w[-2:], "s3": w[-3:],
            "al": w.startswith("ال"), "wal": w.startswith("وال"),
            "digit": any(c.isdigit() for c in w), "len": min(len(w), 12) / 12}


def plain_features(words: Sequence[str]) -> list[Features]:
    out = []
    for i, w in enumerate(words):
        f = _plain_token(w)
        for d in (-2, -1, 1, 2):
            j = i + d
            f[f"{d}w"] = words[j] if 0 <= j < len(words) else ("BOS" if j < 0 else "EOS")
        out.append(f)
    return out


# Words repeat: a frequent word's features cost a dict lookup. Bounded in size as well as count
# (an entry is about 2 KB: 200,000 of them were 400 MB), the rare word recomputed.
@lru_cache(maxsize=16_384)
def _rich_token(w: str) -> Features:
    n = norm(w)
    stem = strip_clitics(w)
    return {"w": w, "n": n, "stem": stem, "shape": shape(w),
            "p1": n[:1], "p2": n[:2], "p3": n[:3], "s1": n[-1:], "s2": n[-2:], "s3": n[-3:],
            "sp2": stem[:2], "ss2": stem[-2:], "ss3": stem[-3:],
            "clitic": n[:len(n) - len(stem)] if n.endswith(stem) else "",
            "digit": any(c.isdigit() for c in w), "punct": not w[:1].isalnum(),
            "len": min(len(n), 12) / 12}


def rich_features(words: Sequence[str]) -> list[Features]:
    base = [_rich_token(w) for w in words]  # shared cached dicts: copied, never changed
    n = len(words)
    out = []
    for i, f in enumerate(base):
        f = dict(f)
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                g = base[j]
                f[f"{d}n"], f[f"{d}stem"] = g["n"], g["stem"]
                if d == -1 or d == 1:
                    f[f"{d}s2"], f[f"{d}shape"] = g["s2"], g["shape"]
                    f[f"{d}n|n"] = f"{g['n']}|{f['n']}"
            else:
                f[f"{d}n"] = "BOS" if j < 0 else "EOS"
        out.append(f)
    return out


FEATURE_SETS: dict[str, Callable[[Sequence[str]], list[Features]]] = {
    "rich": rich_features, "plain": plain_features}


def outer_tags(tokens: Sequence[Token], spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """IOB2 tags of the outermost spans (earlier/longer wins) over tokens cut at span edges."""
    tags = ["O"] * len(tokens)
    taken_to = -1
    starts = [t.start for t in tokens]
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < taken_to:
            continue  # nested in (or crossing) an outer span
        first = True
        for i in range(_first_at(starts, start), len(tokens)):
            if tokens[i].start >= end:
                break
            tags[i] = ("B-" if first else "I-") + label
            first = False
        taken_to = end
    return tags


def _first_at(starts: list[int], pos: int) -> int:
    from bisect import bisect_left
    return bisect_left(starts, pos)


def tagged_sentences(text: str, spans: Sequence[tuple[int, int, str]]
                     ) -> list[tuple[list[Token], list[str]]]:
    """A document as sentences of tokens (cut at span edges, so a name glued to a clitic is
    its own token) with their IOB2 tags."""
    tokens = tokenize(text, [x for s in spans for x in s[:2]])
    tags = outer_tags(tokens, spans)
    pos = {id(t): i for i, t in enumerate(tokens)}
    return [(sent, [tags[pos[id(t)]] for t in sent]) for sent in sentences(text, tokens)]


def sentence_tokens(text: str) -> list[list[Token]]:
    return sentences(text, list(tokens_of(text)))

