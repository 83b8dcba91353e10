"""Sentences as runs of tokens: . ! ? ؟ … and line breaks end one; the Arabic comma does not."""
from __future__ import annotations

from annotator.core.text.tokens import Token

_ENDERS = {".", "!", "?", "\u061F", "\u2026", "\u06D4"}  # . ! ? ؟ … ۔
# Closing marks that stay with the sentence they close: قال: "انتهى." ثم ...
_CLOSERS = {"\"", "'", "\u201D", "\u2019", "\u00BB", ")", "]", "}", "\u203A"}


def sentences(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Group tokens into sentences. Every token is in exactly one sentence, in order."""
    out: list[list[Token]] = []
    current: list[Token] = []
    ended = False
    for tok in tokens:
        if current:
            gap = text[current[-1].end:tok.start]
            if "\n" in gap or "\r" in gap or "\u2029" in gap:
                ended = True
            elif ended and tok.text in _CLOSERS and not gap:
                current.append(tok)
                continue
            if ended:
                out.append(current)
                current = []
        ended = tok.text in _ENDERS
        current.append(tok)
    if current:
        out.append(current)
    return out
