"""A CRF sequence labeller that learns the project's entities from its done documents.

Trained with sklearn-crfsuite; the model is crfsuite's own file, kept as bytes in the project
(never a pickle: a project file may come from someone else) and loaded in memory to tag.
"""
from __future__ import annotations

import os
import tempfile
from typing import Callable, Sequence

import pycrfsuite
import sklearn_crfsuite

from annotator.core.text.tokens import Token
from annotator.suggest.base import Mark, Proposals, ProposedSpan
from annotator.suggest.features import FEATURE_SETS, sentence_tokens
from annotator.suggest.scoring import Scores, SpanCounts, tag_spans

NAME = "model"
MODEL_NAME = "entity-crf"
Sentence = tuple[list[str], list[str]]  # words, IOB2 tags
CRF_PARAMS = {"algorithm": "lbfgs", "c1": 0.1, "c2": 0.1, "max_iterations": 100,
              "all_possible_transitions": True}


class NotEnoughData(ValueError):
    """Too few done documents with entities to train on."""


def train_bytes(sentences: Sequence[Sentence], feature_set: str = "rich",
                params: dict | None = None) -> bytes:
    """Train on (words, tags) sentences; returns the crfsuite model file's bytes."""
    if not any(any(t != "O" for t in tags) for _, tags in sentences):
        raise NotEnoughData("no entity in the training documents")
    featurize = FEATURE_SETS[feature_set]
    fd, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        crf = sklearn_crfsuite.CRF(model_filename=path, **(params or CRF_PARAMS))
        # Features made a sentence at a time as crfsuite takes each in (fit zips its inputs):
        # the whole training set's feature dicts at once was most of train's memory, which
        # grew with the project (tests/unit/test_train_memory.py).
        crf.fit((featurize(w) for w, _ in sentences), [t for _, t in sentences])
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        os.unlink(path)


class CrfTagger:
    def __init__(self, data: bytes, feature_set: str = "rich"):
        self._data = data  # crfsuite reads the model from this buffer: keep it alive
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(data)
        self._featurize = FEATURE_SETS[feature_set]

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        return list(self._tagger.tag(self._featurize(words)))

    def tag_with_scores(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        tags = self.tag(words)
        return tags, [self._tagger.marginal(t, i) for i, t in enumerate(tags)]


class ModelSuggester:
    """Proposes the entities the trained model finds; score = the mean marginal probability
    of the span's tags."""
    name = NAME

    def __init__(self, tagger: CrfTagger, layer: str = "entity", min_score: float = 0.0):
        self.tagger, self.layer, self.min_score = tagger, layer, min_score

    def suggest(self, text: str, known: Sequence[Mark] = ()) -> Proposals:
        out = Proposals()
        for sent in sentence_tokens(text):
            tags, scores = self.tagger.tag_with_scores([t.text for t in sent])
            for start, end, label, score in _scored_spans(sent, tags, scores):
                if score >= self.min_score:
                    out.add(ProposedSpan(start, end, label, self.layer, round(score, 3), NAME))
        return out


def _scored_spans(tokens: Sequence[Token], tags: list[str], scores: list[float]):
    for a, b, label in tag_spans(tags):
        yield tokens[a].start, tokens[b - 1].end, label, sum(scores[a:b]) / (b - a)


def cross_validate(docs: Sequence[Sequence[Sentence]], folds: int = 5, feature_set: str = "rich",
                   progress: Callable[[int, int], None] | None = None) -> Scores:
    """k-fold over documents (never a document in both parts): train on k-1 parts, score the
    held-out one, counts summed over folds."""
    folds = max(2, min(folds, len(docs)))
    if len(docs) < 2:
        raise NotEnoughData("cross-validation needs at least 2 done documents")
    counts = SpanCounts()
    for k in range(folds):
        train = [s for i, d in enumerate(docs) if i % folds != k for s in d]
        test = [s for i, d in enumerate(docs) if i % folds == k for s in d]
        try:
            tagger = CrfTagger(train_bytes(train, feature_set), feature_set)
        except NotEnoughData:
            continue
        for words, gold in test:
            counts.add_tags(gold, tagger.tag(words))
        if progress:
            progress(k + 1, folds)
    return counts.scores()

