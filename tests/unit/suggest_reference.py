"""The names suggester as it was written first: plain, every token of the text held at once.
Kept as the oracle the linear one is compared with (tests/unit/test_suggest_linear.py); no
product code calls it. (The quote rules are checked by a property instead: a document gives
what its paragraphs give one by one.)"""
from __future__ import annotations

from annotator.suggest.arabic import norm, stems, tokens_of
from annotator.suggest.base import Proposals, ProposedSpan


def reference_names(suggester, text: str) -> Proposals:
    """NameSuggester.suggest as it was: every token of the text held at once."""
    index = suggester._built()
    out = Proposals()
    if not index:
        return out
    tokens = list(tokens_of(text))
    words = [norm(t.text) for t in tokens]
    taken_to = -1
    for i, tok in enumerate(tokens):
        if tok.start < taken_to:
            continue
        best = None
        for offset, stem in stems(tok.text):
            for key, label, layer, score in index.get(stem, ()):
                n = len(key)
                if tuple(words[i + 1:i + n]) == key[1:]:
                    if best is None or n > best[0]:
                        best = (n, offset, label, layer, score)
                    break
        if best is None:
            continue
        n, offset, label, layer, score = best
        end = tokens[i + n - 1].end
        out.add(ProposedSpan(tok.start + offset, end, label, layer, round(score, 3), "names"))
        taken_to = end
    return out
