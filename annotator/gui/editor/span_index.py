"""The current document's spans, sorted by start, for range queries at paint time.

Adding or removing one span is a bisect and a list insert: no rebuilding, no re-highlighting,
so an edit costs the same at 100 spans and at 20,000.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field


@dataclass(order=True, slots=True)
class SpanItem:
    start: int
    end: int = field(compare=False)
    id: int = field(compare=False)
    label: str = field(compare=False)

    @property
    def length(self) -> int:
        return self.end - self.start


class SpanIndex:
    def __init__(self, rows: list[tuple[int, int, int, str]] = ()):
        """rows: (id, start, end, label), any order."""
        self._items = sorted(SpanItem(s, e, i, lab) for i, s, e, lab in rows)
        self._starts = [it.start for it in self._items]
        self._by_id = {it.id: it for it in self._items}
        # Longest span ever seen: a range query looks back this far for spans that began
        # before the range. Never shrinks on delete (still correct, only slightly wider).
        self._longest = max((it.length for it in self._items), default=0)

    def __len__(self) -> int:
        return len(self._items)

    def get(self, span_id: int) -> SpanItem | None:
        return self._by_id.get(span_id)

    def add(self, span_id: int, start: int, end: int, label: str) -> SpanItem:
        self.remove(span_id)
        item = SpanItem(start, end, span_id, label)
        pos = bisect_right(self._starts, start)
        self._starts.insert(pos, start)
        self._items.insert(pos, item)
        self._by_id[span_id] = item
        self._longest = max(self._longest, item.length)
        return item

    def remove(self, span_id: int) -> None:
        item = self._by_id.pop(span_id, None)
        if item is None:
            return
        pos = bisect_left(self._starts, item.start)
        while self._items[pos] is not item:
            pos += 1
        del self._starts[pos]
        del self._items[pos]

    def overlapping(self, lo: int, hi: int) -> list[SpanItem]:
        """Spans with start < hi and end > lo, by start, outer (longer) first."""
        first = bisect_left(self._starts, lo - self._longest)
        last = bisect_left(self._starts, hi)
        found = [it for it in self._items[first:last] if it.end > lo]
        found.sort(key=lambda it: (it.start, -it.end, it.id))
        return found

    def at(self, pos: int) -> list[SpanItem]:
        """Spans containing the character at `pos`, outermost first."""
        return self.overlapping(pos, pos + 1)


__all__ = ["SpanIndex", "SpanItem"]
