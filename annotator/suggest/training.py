"""Training the project's model from its done documents and keeping it in the project."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from annotator.suggest.crf import (MODEL_NAME, CrfTagger, NotEnoughData, Sentence,
                                   cross_validate, train_bytes)
from annotator.suggest.features import tagged_sentences
from annotator.suggest.model_check import checksum, model_problem
from annotator.suggest.scoring import Scores

Progress = Callable[[int, int], None]


def done_document_ids(project) -> list[int]:
    """Documents some annotator marked done."""
    return [r[0] for r in project.conn.execute(
        "SELECT DISTINCT doc_id FROM statuses WHERE status = 'done' ORDER BY doc_id")]


def training_documents(project, ids: list[int] | None = None, layer: str = "entity"
                       ) -> list[list[Sentence]]:
    """Each done document as (words, outer-level IOB2 tags) sentences of `layer`."""
    ids = done_document_ids(project) if ids is None else ids
    out = []
    for doc_id in ids:
        text = project.documents.text(doc_id)
        spans = project.conn.execute(
            "SELECT s.start, s.end, s.label FROM spans s JOIN labels l ON l.name = s.label "
            "WHERE s.doc_id = ? AND l.layer = ?", (doc_id, layer)).fetchall()
        out.append([([t.text for t in sent], tags)
                    for sent, tags in tagged_sentences(text, spans)])
    return out


@dataclass
class TrainResult:
    documents: int
    sentences: int
    seconds: float
    scores: Scores | None  # cross-validated; None when there were too few documents


def train_project(project, *, folds: int = 5, cross: bool = True,
                  progress: Progress | None = None) -> TrainResult:
    """Cross-validate over the done documents, then train on all of them and save the model
    in the project. Raises NotEnoughData when there is nothing to learn from."""
    docs = training_documents(project)
    if not docs:
        raise NotEnoughData("no done documents to train on (mark documents done first)")
    t0 = time.perf_counter()
    scores = None
    if cross and len(docs) >= 2:
        scores = cross_validate(docs, folds, progress=progress)
    sentences = [s for d in docs for s in d]
    data = train_bytes(sentences)
    seconds = time.perf_counter() - t0
    info = {"feature_set": "rich", "sentences": len(sentences), "sha256": checksum(data)}
    if scores is not None:
        info.update({"precision": scores.precision, "recall": scores.recall, "f1": scores.f1})
    project.models.save(MODEL_NAME, data, len(docs), info)
    return TrainResult(len(docs), len(sentences), seconds, scores)


class ModelDamaged(ValueError):
    """The stored model cannot be used; str() says why, in one line."""


def load_tagger(project) -> CrfTagger | None:
    """The stored model, checked before crfsuite reads it (model_check.py); None when none
    was trained. Raises ModelDamaged."""
    stored = project.models.load(MODEL_NAME)
    if stored is None:
        return None
    wrong = model_problem(stored.data, stored.info)
    if wrong is not None:
        raise ModelDamaged(_damaged(wrong))
    return CrfTagger(stored.data, stored.info.get("feature_set", "rich"))


def _damaged(wrong: str) -> str:
    return f"the stored model is damaged ({wrong}): run `annotator train` to train it again"


def model_state(project) -> str | None:
    """None when a usable model is stored; "missing", or the one-line reason it is damaged."""
    stored = project.models.load(MODEL_NAME)
    if stored is None:
        return "missing"
    wrong = model_problem(stored.data, stored.info)
    return None if wrong is None else _damaged(wrong)
