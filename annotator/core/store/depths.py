"""How deeply spans nest, per document and layer: CoNLL export gives a layer one tag column per
level, and the file's column count must be known before its first line.

Triggers (schema v2) mark a document stale whenever its spans change; `Layouts.refresh_depths`
brings stale documents up to date, so an export reads one small table instead of every span."""
from __future__ import annotations

from typing import Iterable


def nesting_depth(ranges: Iterable[tuple[int, int]]) -> int:
    """Levels needed so that no two ranges of a level overlap, for ranges sorted by start,
    longer first (a range goes to the first level it fits; touching ranges share one)."""
    ends: list[int] = []
    for start, end in ranges:
        for i, e in enumerate(ends):
            if e <= start:
                ends[i] = end
                break
        else:
            ends.append(end)
    return len(ends)


def depths_by_layer(rows: Iterable[tuple]) -> dict[str, int]:
    """Depth per layer for one document's (layer, start, end, ...) rows, sorted by start,
    longer first."""
    by_layer: dict[str, list[tuple[int, int]]] = {}
    for row in rows:
        by_layer.setdefault(row[0], []).append((row[1], row[2]))
    return {layer: nesting_depth(r) if len(r) > 1 else 1 for layer, r in by_layer.items()}
