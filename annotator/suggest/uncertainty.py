"""How unsure a model is of a document: the measure, the project's own model, the ranking.

The measure for models that give a probability to every label of every token (the project's
CRF, a Hugging Face model) is the mean token entropy, divided by the log of the number of
labels so that it runs from 0 (every token sure) to 1 (every label equally likely): the
standard measure of uncertainty sampling for sequence labelling (Settles and Craven, 2008).
A Label Studio backend gives one score per document: its uncertainty is 1 - that score
(least confidence), as Label Studio itself orders tasks.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from annotator.suggest.base import Uncertain


def normalized_entropy(probs: Sequence[float]) -> float:
    """Entropy of one token's label distribution over log(number of labels): 0..1."""
    if len(probs) < 2:
        return 0.0
    h = -sum(p * math.log(p) for p in probs if p > 0)
    return min(1.0, max(0.0, h / math.log(len(probs))))


def mean_entropy(distributions: Iterable[Sequence[float]]) -> float | None:
    values = [normalized_entropy(d) for d in distributions]
    return sum(values) / len(values) if values else None


class CrfUncertainty:
    """The project's trained CRF as a measure: crfsuite's marginal probability of every
    label at every token (pycrfsuite Tagger.marginal)."""
    name = "model"

    def __init__(self, data: bytes, feature_set: str = "rich"):
        import pycrfsuite

        from annotator.suggest.features import FEATURE_SETS
        self._data = data  # crfsuite reads the model from this buffer: keep it alive
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(data)
        self._labels = list(self._tagger.labels())
        self._featurize = FEATURE_SETS[feature_set]

    def uncertainty(self, text: str) -> float | None:
        from annotator.suggest.features import sentence_tokens
        dists = []
        for sent in sentence_tokens(text):
            self._tagger.set(self._featurize([t.text for t in sent]))
            for i in range(len(sent)):
                dists.append([self._tagger.marginal(y, i) for y in self._labels])
        return mean_entropy(dists)


def project_measure(project) -> CrfUncertainty | None:
    from annotator.suggest.crf import MODEL_NAME
    stored = project.models.load(MODEL_NAME)
    if stored is None:
        return None
    return CrfUncertainty(stored.data, stored.info.get("feature_set", "rich"))


@dataclass
class Ranked:
    doc_id: int
    title: str
    score: float


def not_done(project) -> list[tuple[int, str]]:
    """Documents no annotator has marked done, with their titles, in id order."""
    from annotator.core.model import Status
    return [(r["id"], r["title"] or "") for r in project.documents.rows()
            if Status.parse(r["status"]) is not Status.DONE]


def least_sure(project, model: Uncertain, n: int,
               progress: Callable[[int, int], None] | None = None) -> list[Ranked]:
    """The `n` documents not done that `model` is least sure about, least sure first (ties in
    id order). Raises ModelError when the model fails."""
    docs = not_done(project)
    ranked = []
    for k, (doc_id, title) in enumerate(docs, 1):
        value = model.uncertainty(project.documents.text(doc_id))
        if value is not None:
            ranked.append(Ranked(doc_id, title, value))
        if progress:
            progress(k, len(docs))
    ranked.sort(key=lambda r: (-r.score, r.doc_id))
    return ranked[:n]
