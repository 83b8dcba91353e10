"""Precision, recall and F1 over spans: exact (same start, end and label, as seqeval's strict
IOB2 mode counts entities) and overlap (same label, ranges overlapping, each span matched once)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

SpanKey = tuple[int, int, str]


@dataclass
class Scores:
    precision: float
    recall: float
    f1: float
    by_label: dict[str, dict[str, float]] = field(default_factory=dict)
    support: int = 0

    def as_dict(self) -> dict:
        # Full precision: this is machine-readable output (`evaluate --json`); only the
        # tables printed for people round.
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "by_label": {k: {m: (v if m != "support" else int(v)) for m, v in d.items()}
                             for k, d in self.by_label.items()}}


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class SpanCounts:
    """True positives, predicted and gold counts per label, summed over documents."""

    def __init__(self, overlap: bool = False):
        self.overlap = overlap
        self.tp: Counter[str] = Counter()
        self.pred: Counter[str] = Counter()
        self.gold: Counter[str] = Counter()

    def add(self, gold: Iterable[SpanKey], pred: Iterable[SpanKey]) -> None:
        gold, pred = set(gold), set(pred)
        self.gold.update(g[2] for g in gold)
        self.pred.update(p[2] for p in pred)
        if not self.overlap:
            self.tp.update(p[2] for p in pred & gold)
            return
        free = sorted(gold)
        for p in sorted(pred):
            for g in free:
                if g[2] == p[2] and g[0] < p[1] and p[0] < g[1]:
                    free.remove(g)
                    self.tp[p[2]] += 1
                    break

    def add_tags(self, gold: Sequence[str], pred: Sequence[str]) -> None:
        """One sentence's IOB2 tags, spans read in the strict sense."""
        self.add(tag_spans(gold), tag_spans(pred))

    def scores(self) -> Scores:
        labels = sorted(set(self.gold) | set(self.pred))
        by_label = {}
        for lab in labels:
            p, r, f = prf(self.tp[lab], self.pred[lab], self.gold[lab])
            by_label[lab] = {"precision": p, "recall": r, "f1": f, "support": self.gold[lab]}
        p, r, f = prf(sum(self.tp.values()), sum(self.pred.values()), sum(self.gold.values()))
        return Scores(p, r, f, by_label, sum(self.gold.values()))


def tag_spans(tags: Sequence[str]) -> list[SpanKey]:
    """(first token, end token, label) for each strict IOB2 entity in a tag sequence."""
    out: list[SpanKey] = []
    cur: list | None = None
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and cur is not None and cur[2] == tag[2:]:
            cur[1] = i + 1
            continue
        if cur:
            out.append((cur[0], cur[1], cur[2]))
        cur = [i, i + 1, tag[2:]] if tag.startswith("B-") else None
    if cur:
        out.append((cur[0], cur[1], cur[2]))
    return out
