"""The shown document's links, by the spans at their ends: what the painter and the span
details look up for the few spans on screen. Rebuilt when a document is shown, kept current
from the store's announcements one link at a time."""
from __future__ import annotations

from annotator.core.model import Relation


class LinkIndex:
    def __init__(self, relations: list[Relation] = ()):
        self._by_id: dict[int, Relation] = {}
        self._by_span: dict[int, list[Relation]] = {}
        for rel in relations:
            self.add(rel)

    def __len__(self) -> int:
        return len(self._by_id)

    def add(self, rel: Relation) -> None:
        if rel.id is None:
            return
        self.remove(rel.id)
        self._by_id[rel.id] = rel
        for sid in {rel.head, rel.tail}:
            self._by_span.setdefault(sid, []).append(rel)

    def remove(self, rel_id: int | None) -> None:
        rel = self._by_id.pop(rel_id, None) if rel_id is not None else None
        if rel is None:
            return
        for sid in {rel.head, rel.tail}:
            left = [r for r in self._by_span.get(sid, []) if r.id != rel_id]
            if left:
                self._by_span[sid] = left
            else:
                self._by_span.pop(sid, None)

    def of(self, span_id: int) -> list[Relation]:
        """Links with `span_id` at either end, oldest first."""
        return list(self._by_span.get(span_id, ()))

    def has_span(self, span_id: int) -> bool:
        return span_id in self._by_span

    def all(self) -> list[Relation]:
        return list(self._by_id.values())
