"""How well a quote suggester does on paragraphs with gold quotes, claims and speakers.

- spans: quotes and claims, exact start and end, label-free (a claim found as a quote counts);
- speakers: of the gold said_by / claimed_by links, the share the suggester gives exactly
  (the same quote or claim range and the same speaker range); also that share among the quotes
  and claims it found, so a missed quote and a wrong speaker can be told apart.
Run with or without the paragraphs' entities known to the suggester (`known_entities`).
Documents are native JSONL records (formats/jsonl.py) with meta.style naming their style.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Protocol, Sequence

from annotator.suggest.base import Mark, Proposals
from annotator.suggest.scoring import prf

Range = tuple[int, int]


class QuoteSuggesting(Protocol):
    def suggest(self, text: str, known: Sequence[Mark] = ()) -> Proposals: ...


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    links_gold: int = 0
    links_exact: int = 0
    links_on_found: int = 0     # gold links whose quote or claim was found
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold
        self.links_gold += other.links_gold
        self.links_exact += other.links_exact
        self.links_on_found += other.links_on_found
        self.misses += other.misses

    @property
    def f1(self) -> float:
        return prf(self.tp, self.pred, self.gold)[2]

    @property
    def precision(self) -> float:
        return prf(self.tp, self.pred, self.gold)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.pred, self.gold)[1]

    @property
    def speakers(self) -> float:
        return self.links_exact / self.links_gold if self.links_gold else 1.0

    @property
    def speakers_on_found(self) -> float:
        return self.links_exact / self.links_on_found if self.links_on_found else 1.0


def score_document(doc: dict[str, Any], suggester: QuoteSuggesting,
                   known_entities: bool) -> Tally:
    text, spans = doc["text"], doc["spans"]
    where = {s["id"]: (s["start"], s["end"]) for s in spans}
    known = [Mark(s["start"], s["end"], s["label"], s.get("layer", "entity"), s["id"])
             for s in spans if s.get("layer", "entity") == "entity"] if known_entities else []
    got = suggester.suggest(text, known)
    gold_ranges = {where[s["id"]] for s in spans if s.get("layer") in ("quote", "claim")}
    found = {(p.start, p.end) for p in got.spans if p.layer in ("quote", "claim")}
    got_links = set()
    for link in got.links:
        head = got.spans[link.head]
        if link.tail_span is not None:
            tail = where.get(link.tail_span)
        elif link.tail is not None:
            tail = (got.spans[link.tail].start, got.spans[link.tail].end)
        else:
            tail = None
        if tail is not None:
            got_links.add(((head.start, head.end), tail))
    gold_links = {(where[r["head"]], where[r["tail"]]) for r in doc.get("relations", [])}
    tally = Tally(tp=len(found & gold_ranges), pred=len(found), gold=len(gold_ranges),
                  links_gold=len(gold_links), links_exact=len(gold_links & got_links),
                  links_on_found=sum(1 for h, _ in gold_links if h in found))
    line = doc.get("meta", {}).get("line", "?")
    for s, e in sorted(gold_ranges - found):
        tally.misses.append(f"line {line}: missed «{text[s:e]}»")
    for s, e in sorted(found - gold_ranges):
        tally.misses.append(f"line {line}: wrong «{text[s:e]}»")
    for (h, t) in sorted(gold_links - got_links):
        if h in found:
            said = [text[tt[0]:tt[1]] for hh, tt in got_links if hh == h]
            tally.misses.append(f"line {line}: speaker of «{text[h[0]:h[1]][:30]}» is "
                                f"«{text[t[0]:t[1]]}», got {said or 'none'}")
    return tally


def score(docs: Iterable[dict[str, Any]], suggester: QuoteSuggesting,
          known_entities: bool) -> tuple[Tally, dict[str, Tally]]:
    """The whole set's tally and one per style."""
    total = Tally()
    by_style: defaultdict[str, Tally] = defaultdict(Tally)
    for doc in docs:
        t = score_document(doc, suggester, known_entities)
        total.add(t)
        by_style[doc.get("meta", {}).get("style", "")].add(t)
    return total, dict(by_style)
