"""Which links the scheme allows between two spans, and which way round they go.

A relation type names the labels of its heads ("from": QUOTE) and of its tails ("to": PER,
ORG); in the store a said_by link has the quote as head and the speaker as tail, as in native
JSONL and brat (Arg1 the head). An annotator may start a link from either end: these helpers
work out the direction from the scheme.
"""
from __future__ import annotations

from dataclasses import dataclass

from annotator.core.model import Scheme


@dataclass(frozen=True)
class LinkChoice:
    """One way to link span `a` (where the link was started) to span `b`."""
    type: str
    a_is_head: bool
    description: str = ""

    def ends(self, a: int, b: int) -> tuple[int, int]:
        """(head, tail) span ids for a link from `a` to `b`."""
        return (a, b) if self.a_is_head else (b, a)


def link_choices(scheme: Scheme, a_label: str, b_label: str) -> list[LinkChoice]:
    """The relation types that fit a link started at a span of `a_label` and ending at one of
    `b_label`, in scheme order; a->b (a the head) before b->a for the same type."""
    found: list[LinkChoice] = []
    for rel in scheme.relations:
        if a_label in rel.heads and b_label in rel.tails:
            found.append(LinkChoice(rel.name, True, rel.description))
        if b_label in rel.heads and a_label in rel.tails and a_label != b_label:
            found.append(LinkChoice(rel.name, False, rel.description))
    return found


def can_start_link(scheme: Scheme, label: str) -> bool:
    """Whether a span of `label` takes part in any relation type."""
    return any(label in rel.heads or label in rel.tails for rel in scheme.relations)


def partner_labels(scheme: Scheme, label: str) -> list[str]:
    """Labels a span of `label` can be linked to, in scheme order."""
    wanted: set[str] = set()
    for rel in scheme.relations:
        if label in rel.heads:
            wanted.update(rel.tails)
        if label in rel.tails:
            wanted.update(rel.heads)
    return [lab.name for lab in scheme.labels if lab.name in wanted]


__all__ = ["LinkChoice", "can_start_link", "link_choices", "partner_labels"]
