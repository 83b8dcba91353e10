"""A spaCy pipeline folder as a suggester: its doc.ents and every span group in doc.spans.

spaCy keeps the text it is given, so a span's start_char and end_char are our code points;
should a pipeline change the text, its tokens are aligned to ours instead (align.py).
Entities carry no probability in spaCy: they are scored 1.0; a span group with scores (the
span categorizer keeps them in attrs["scores"]) gives its own.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from annotator.suggest.align import align_tokens, merge, tidy
from annotator.suggest.base import Mark, ModelError, Proposals, ProposedSpan


class SpacySuggester:
    def __init__(self, folder: Path, layers: dict[str, str]):
        try:
            import spacy
        except ImportError:
            raise ModelError(f'{folder}: a spaCy pipeline needs spaCy: pip install "spacy>=3.7"'
                             ) from None
        try:
            self.nlp = spacy.load(folder)
        except Exception as exc:  # spaCy raises many kinds for a broken folder
            raise ModelError(f"{folder}: not a spaCy pipeline spaCy can load: "
                             f"{_first_line(exc)}") from None
        meta = self.nlp.meta
        self.name = (f"{meta.get('lang')}_{meta.get('name')}"
                     if meta.get("name") not in (None, "", "pipeline") else folder.name)
        self.layers = layers

    def suggest(self, text: str, known: Sequence[Mark] = ()) -> Proposals:
        try:
            doc = self.nlp(text)
        except Exception as exc:
            raise ModelError(f"{self.name}: {_first_line(exc)}") from None
        where = _char_map(doc, text)
        out = Proposals()
        groups: list[tuple[Any, list[float] | None]] = [(doc.ents, None)]
        for key in doc.spans:
            group = doc.spans[key]
            scores = group.attrs.get("scores") if hasattr(group, "attrs") else None
            groups.append((group, list(scores) if scores is not None else None))
        for spans, scores in groups:
            for i, span in enumerate(spans):
                got = where(span)
                if got is None:
                    continue
                score = float(scores[i]) if scores is not None and i < len(scores) else 1.0
                out.add(ProposedSpan(got[0], got[1], span.label_,
                                     self.layers.get(span.label_, "entity"), round(score, 3),
                                     self.name))
        return out


def _char_map(doc, text: str):
    """span -> our (start, end): spaCy's character offsets when its text is ours, else its
    tokens aligned to our text."""
    if doc.text == text:
        return lambda span: tidy(text, span.start_char, span.end_char)
    places = align_tokens(text, [t.text for t in doc])

    def where(span):
        found = [p for p in places[span.start:span.end] if p is not None]
        return tidy(text, *merge(found)) if found else None
    return where


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:300]
