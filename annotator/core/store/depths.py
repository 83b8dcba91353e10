"""How deeply spans nest, per document and layer: CoNLL export gives a layer one tag column per
level, and the file's column count must be known before its first line.

Triggers (schema v2) mark a document stale whenever its spans change; `refresh_depths` brings
stale documents up to date, so an export reads one small table instead of every span."""
from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import Any, Iterable

_CHUNK = 500


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


class DepthsMixin:
    conn: Any
    transaction: Any

    def refresh_depths(self) -> int:
        """Recompute the depths of documents whose spans changed; returns how many."""
        done = 0
        if getattr(self, "read_only", False) or \
                self.conn.execute("SELECT 1 FROM depths_stale LIMIT 1").fetchone() is None:
            return 0  # nothing to write (or no right to): an export stays a pure read
        with self.transaction():
            while True:
                ids = [r[0] for r in self.conn.execute(
                    f"SELECT doc_id FROM depths_stale ORDER BY doc_id LIMIT {_CHUNK}")]
                if not ids:
                    return done
                marks = ",".join("?" * len(ids))
                rows = self.conn.execute(
                    "SELECT s.doc_id, l.layer, s.start, s.end FROM spans s JOIN labels l "
                    f"ON l.name = s.label WHERE s.doc_id IN ({marks}) "
                    "ORDER BY s.doc_id, l.layer, s.start, s.end DESC", ids)
                found = []
                for doc_id, doc_rows in groupby(rows, itemgetter(0)):
                    for layer, depth in depths_by_layer(r[1:] for r in doc_rows).items():
                        if depth > 1:
                            found.append((doc_id, layer, depth))
                self.conn.execute(f"DELETE FROM span_depths WHERE doc_id IN ({marks})", ids)
                self.conn.executemany("INSERT INTO span_depths VALUES (?, ?, ?)", found)
                self.conn.execute(f"DELETE FROM depths_stale WHERE doc_id IN ({marks})", ids)
                done += len(ids)

    def layer_depths(self) -> dict[str, int]:
        """The deepest nesting of each layer over the project (layers of depth 1 are absent)."""
        self.refresh_depths()
        return dict(self.conn.execute(
            "SELECT layer, MAX(depth) FROM span_depths GROUP BY layer"))

    def nested_documents(self, layers: Iterable[str]) -> list[int]:
        """Documents with nested spans in any of `layers`: the only ones a filtered export
        must look at to count its columns."""
        self.refresh_depths()
        layers = list(layers)
        marks = ",".join("?" * len(layers))
        return [r[0] for r in self.conn.execute(
            f"SELECT DISTINCT doc_id FROM span_depths WHERE layer IN ({marks}) ORDER BY doc_id",
            layers)]
