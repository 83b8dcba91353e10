"""What a curator sees for one document: every annotator's spans and links gathered into
candidates, each classed as agreed (every annotator has it), single (one annotator only,
nobody else marked anything there) or disputed (the rest), and whether the gold has it.
Qt-free: the curation view shows it, the store writes what the curator accepts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from annotator.core.model import Relation, Span

GOLD = "gold"
SpanKey = tuple[int, int, str]  # start, end, label


class Kind(str, Enum):
    AGREED = "agreed"
    DISPUTED = "disputed"
    SINGLE = "single"
    GOLD_ONLY = "gold_only"  # the curator's own span, which no annotator has


@dataclass
class Candidate:
    key: SpanKey
    layer: str
    spans: dict[str, Span] = field(default_factory=dict)  # annotator -> their span
    kind: Kind = Kind.SINGLE
    gold: Span | None = None

    @property
    def start(self) -> int:
        return self.key[0]

    @property
    def end(self) -> int:
        return self.key[1]

    @property
    def label(self) -> str:
        return self.key[2]

    def example(self) -> Span:
        return next(iter(self.spans.values())) if self.spans else self.gold  # type: ignore


@dataclass
class LinkCandidate:
    head: SpanKey
    tail: SpanKey
    type: str
    annotators: set[str] = field(default_factory=set)
    gold: Relation | None = None


@dataclass
class Curation:
    doc_id: int
    annotators: list[str]
    candidates: list[Candidate]
    links: list[LinkCandidate]

    def of_kind(self, kind: Kind) -> list[Candidate]:
        return [c for c in self.candidates if c.kind == kind]


def annotators_of(project: Any, doc_id: int, gold: str = GOLD) -> list[str]:
    """Everyone who marked a span or has a status on the document, the gold left out."""
    names = {r[0] for r in project.conn.execute(
        "SELECT annotator FROM spans WHERE doc_id = ? UNION "
        "SELECT annotator FROM statuses WHERE doc_id = ?", (doc_id, doc_id))}
    return sorted(n for n in names if n and n != gold)


def curation(project: Any, doc_id: int, annotators: list[str] | None = None,
             gold: str = GOLD) -> Curation:
    names = annotators if annotators is not None else annotators_of(project, doc_id, gold)
    spans = project.spans.of(doc_id)
    by_key: dict[SpanKey, Candidate] = {}
    gold_spans: dict[SpanKey, Span] = {}
    for span in spans:
        key = (span.start, span.end, span.label)
        if span.annotator == gold:
            gold_spans.setdefault(key, span)
        elif span.annotator in names:
            cand = by_key.setdefault(key, Candidate(key, span.layer))
            cand.spans.setdefault(span.annotator, span)
    candidates = sorted(by_key.values(), key=lambda c: (c.start, -c.end, c.label))
    for cand in candidates:
        cand.gold = gold_spans.get(cand.key)
        cand.kind = _kind(cand, candidates, names)
    keys_of = {s.id: (s.start, s.end, s.label) for s in spans}
    links: dict[tuple, LinkCandidate] = {}
    for rel in project.spans.relations(doc_id):
        if rel.head not in keys_of or rel.tail not in keys_of:
            continue
        key = (keys_of[rel.head], keys_of[rel.tail], rel.type)
        link = links.setdefault(key, LinkCandidate(*key))
        if rel.annotator == gold:
            link.gold = rel
        elif rel.annotator in names:
            link.annotators.add(rel.annotator)
    for key, span in gold_spans.items():
        if key not in by_key:
            candidates.append(Candidate(key, span.layer, {}, Kind.GOLD_ONLY, span))
    candidates.sort(key=lambda c: (c.start, -c.end, c.label))
    return Curation(doc_id, names, candidates,
                    sorted(links.values(), key=lambda x: (x.head, x.tail, x.type)))


def _kind(cand: Candidate, all_candidates: list[Candidate], names: list[str]) -> Kind:
    # (gold-only candidates are added after this runs)
    if len(names) >= 2 and set(cand.spans) >= set(names):
        return Kind.AGREED
    if len(cand.spans) == 1:
        (who,) = cand.spans
        others_here = any(
            other is not cand and other.layer == cand.layer and set(other.spans) - {who}
            and other.start < cand.end and cand.start < other.end
            for other in all_candidates)
        if not others_here:
            return Kind.SINGLE
    return Kind.DISPUTED
