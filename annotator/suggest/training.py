"""Training the project's model from its done documents and keeping it in the project."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from annotator.suggest.crf import (MODEL_NAME, CrfTagger, NotEnoughData, Sentence,
                                   cross_validate, train_bytes)
from annotator.suggest.features import tagged_sentences
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
    info = {"feature_set": "rich", "sentences": len(sentences)}
    if scores is not None:
        info.update({"precision": scores.precision, "recall": scores.recall, "f1": scores.f1})
    project.models.save(MODEL_NAME, data, len(docs), info)
    return TrainResult(len(docs), len(sentences), seconds, scores)


def load_tagger(project) -> CrfTagger | None:
    stored = project.models.load(MODEL_NAME)
    if stored is None:
        return None
    return CrfTagger(stored.data, stored.info.get("feature_set", "rich"))
