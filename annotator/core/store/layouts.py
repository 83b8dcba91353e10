"""Derived data that makes export fast: token layouts (core/text/layout.py), written with each
new document, and how deeply spans nest per document and layer (depths.py)."""
from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import Any, Iterable, Iterator

from annotator.core.store.connection import is_read_only
from annotator.core.store.depths import depths_by_layer
from annotator.core.store.part import Part
from annotator.core.store.layout_rows import store_layouts, store_source_layouts, stored_layout
from annotator.core.text.layout import LAYOUT_VERSION, SOURCE_VERSION, Layout


_CHUNK = 500


class Layouts(Part):
    def get(self, doc_id: int) -> Layout | None:
        row = self.conn.execute("SELECT version, tokens, width, starts, spos "
                                "FROM doc_layouts WHERE doc_id = ?", (doc_id,)).fetchone()
        return None if row is None else stored_layout(row)

    def computed(self, doc_id: int) -> Layout | None:
        """The layout this version's tokenizer made (not a corpus's own tokens), or None."""
        row = self.conn.execute("SELECT version, tokens, width, starts, spos FROM doc_layouts "
                                "WHERE doc_id = ? AND version = ?",
                                (doc_id, LAYOUT_VERSION)).fetchone()
        return None if row is None else stored_layout(row)

    def store(self, docs: Iterable[tuple[int, str]],
              packed: Iterable[tuple[Any, ...]] | None = None) -> None:
        store_layouts(self.conn, docs, packed)

    def keep_source(self, layouts: Iterable[tuple[int, Layout]]) -> None:
        """Store layouts made from a corpus's own tokens (CoNLL import) in place of ours;
        they are never recomputed."""
        store_source_layouts(self.conn, layouts)

    def refresh(self) -> int:
        """Store layouts for documents that lack a current one; returns how many."""
        done = 0
        with self.transaction():
            while True:
                rows = self.conn.execute(
                    "SELECT d.id, d.text FROM documents d LEFT JOIN doc_layouts y "
                    "ON y.doc_id = d.id WHERE y.doc_id IS NULL OR y.version NOT IN (?, ?) "
                    "ORDER BY d.id LIMIT 500", (LAYOUT_VERSION, SOURCE_VERSION)).fetchall()
                if not rows:
                    return done
                store_layouts(self.conn, rows)
                done += len(rows)

    def refresh_depths(self) -> int:
        """Recompute the depths of documents whose spans changed; returns how many."""
        done = 0
        if is_read_only(self.conn) or not self._any_stale():
            return 0  # nothing to write (or no right to): an export stays a pure read
        with self.transaction():
            while True:
                ids = [r[0] for r in self.conn.execute(
                    f"SELECT doc_id FROM depths_stale ORDER BY doc_id LIMIT {_CHUNK}")]
                if not ids:
                    return done
                marks = ",".join("?" * len(ids))
                found = self._depths_of(ids)
                self.conn.execute(f"DELETE FROM span_depths WHERE doc_id IN ({marks})", ids)
                self.conn.executemany("INSERT INTO span_depths (doc_id, layer, depth) "
                                      "VALUES (?, ?, ?)", found)
                self.conn.execute(f"DELETE FROM depths_stale WHERE doc_id IN ({marks})", ids)
                done += len(ids)

    def _any_stale(self) -> bool:
        return self.conn.execute("SELECT 1 FROM depths_stale LIMIT 1").fetchone() is not None

    def _depths_of(self, ids: list[int]) -> list[tuple[int, str, int]]:
        """(doc_id, layer, depth) of the documents' layers nested deeper than one level."""
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
        return found

    def _current_depths(self) -> Iterator[tuple[int, str, int]]:
        """(doc_id, layer, depth) rows that are up to date. Where the project is read-only and
        some are stale, those documents' depths are computed here, in memory, never written:
        an export from a read-only project counts its columns right all the same."""
        self.refresh_depths()
        if not self._any_stale():
            yield from self.conn.execute("SELECT doc_id, layer, depth FROM span_depths")
            return
        yield from self.conn.execute(
            "SELECT doc_id, layer, depth FROM span_depths "
            "WHERE doc_id NOT IN (SELECT doc_id FROM depths_stale)")
        last = 0
        while True:
            ids = [r[0] for r in self.conn.execute(
                f"SELECT doc_id FROM depths_stale WHERE doc_id > ? ORDER BY doc_id "
                f"LIMIT {_CHUNK}", (last,))]
            if not ids:
                return
            yield from self._depths_of(ids)
            last = ids[-1]

    def layer_depths(self) -> dict[str, int]:
        """The deepest nesting of each layer over the project (layers of depth 1 are absent)."""
        self.refresh_depths()
        if not self._any_stale():
            return dict(self.conn.execute(
                "SELECT layer, MAX(depth) FROM span_depths GROUP BY layer"))
        deepest: dict[str, int] = {}
        for _, layer, depth in self._current_depths():
            deepest[layer] = max(depth, deepest.get(layer, 0))
        return deepest

    def nested_documents(self, layers: Iterable[str]) -> list[int]:
        """Documents with nested spans in any of `layers`: the only ones a filtered export
        must look at to count its columns."""
        self.refresh_depths()
        layers = list(layers)
        if not self._any_stale():
            marks = ",".join("?" * len(layers))
            return [r[0] for r in self.conn.execute(
                f"SELECT DISTINCT doc_id FROM span_depths WHERE layer IN ({marks}) "
                "ORDER BY doc_id", layers)]
        return sorted({doc_id for doc_id, layer, _ in self._current_depths()
                       if layer in layers})
