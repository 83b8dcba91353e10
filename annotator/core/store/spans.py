"""Spans and relations: validated on the way in, each edit its own transaction."""
from __future__ import annotations

import json
from typing import Any

from annotator.core.model import Origin, Relation, Span, parse_origin
from annotator.core.store.documents import now

_SPAN_COLUMNS = ("s.id, s.doc_id, s.start, s.end, s.label, l.layer, s.annotator, s.origin, "
                 "s.attributes")


class SpanError(ValueError):
    """A span or relation that cannot be stored; the message says why."""


def _row_to_span(row: tuple) -> Span:
    sid, doc, start, end, label, layer, annotator, origin, attrs = row
    return Span(sid, doc, start, end, label, layer, annotator, parse_origin(origin),
                json.loads(attrs))


class SpansMixin:
    conn: Any
    transaction: Any

    def _text_length(self, doc_id: int) -> int:
        row = self.conn.execute("SELECT length(text) FROM documents WHERE id = ?",
                                (doc_id,)).fetchone()
        if row is None:
            raise SpanError(f"no document {doc_id}")
        return row[0]

    def check_span(self, doc_id: int, start: int, end: int, label: str,
                   length: int | None = None) -> None:
        length = self._text_length(doc_id) if length is None else length
        if not (isinstance(start, int) and isinstance(end, int)):
            raise SpanError(f"span offsets must be integers, got {start!r}, {end!r}")
        if not 0 <= start < end <= length:
            raise SpanError(f"span [{start}, {end}) is outside the text (0..{length}) "
                            "or empty")
        if self.conn.execute("SELECT 1 FROM labels WHERE name = ?", (label,)).fetchone() is None:
            raise SpanError(f"unknown label {label!r}")

    def add_span(self, doc_id: int, start: int, end: int, label: str, *, annotator: str = "",
                 origin: Origin | str = Origin.MANUAL, attributes: dict | None = None,
                 span_id: int | None = None, length: int | None = None) -> Span:
        """Store a span. `span_id` re-creates a deleted span under its old id (undo)."""
        with self.transaction():
            self.check_span(doc_id, start, end, label, length)
            cur = self.conn.execute(
                "INSERT INTO spans (id, doc_id, start, end, label, annotator, origin, "
                "attributes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (span_id, doc_id, start, end, label, annotator, parse_origin(origin).value,
                 json.dumps(attributes or {}, ensure_ascii=False), now()))
            return self.span(cur.lastrowid)

    def span(self, span_id: int) -> Span:
        row = self.conn.execute(f"SELECT {_SPAN_COLUMNS} FROM spans s JOIN labels l "
                                "ON l.name = s.label WHERE s.id = ?", (span_id,)).fetchone()
        if row is None:
            raise KeyError(f"no span {span_id}")
        return _row_to_span(row)

    def spans(self, doc_id: int) -> list[Span]:
        """A document's spans, by start, outer (longer) first."""
        rows = self.conn.execute(f"SELECT {_SPAN_COLUMNS} FROM spans s JOIN labels l "
                                 "ON l.name = s.label WHERE s.doc_id = ? "
                                 "ORDER BY s.start, s.end DESC, s.id", (doc_id,))
        return [_row_to_span(r) for r in rows]

    def span_rows(self, doc_id: int, lo: int = 0, hi: int | None = None
                  ) -> list[tuple[int, int, int, str]]:
        """(start, end, id, label) of the spans starting in [lo, hi), by start: what the editor
        needs to paint, read from the span index alone."""
        return self.conn.execute(
            "SELECT start, end, id, label FROM spans WHERE doc_id = ? AND start >= ? "
            "AND (? IS NULL OR start < ?) ORDER BY start", (doc_id, lo, hi, hi)).fetchall()

    def count_spans(self, doc_id: int | None = None) -> int:
        if doc_id is None:
            return self.conn.execute("SELECT count(*) FROM spans").fetchone()[0]
        return self.conn.execute("SELECT count(*) FROM spans WHERE doc_id = ?",
                                 (doc_id,)).fetchone()[0]

    def update_span(self, span_id: int, *, start: int | None = None, end: int | None = None,
                    label: str | None = None, attributes: dict | None = None) -> Span:
        with self.transaction():
            old = self.span(span_id)
            new_start = old.start if start is None else start
            new_end = old.end if end is None else end
            new_label = old.label if label is None else label
            self.check_span(old.doc_id, new_start, new_end, new_label)
            self.conn.execute(
                "UPDATE spans SET start = ?, end = ?, label = ?, attributes = ? WHERE id = ?",
                (new_start, new_end, new_label,
                 json.dumps(old.attributes if attributes is None else attributes,
                            ensure_ascii=False), span_id))
            return self.span(span_id)

    def delete_span(self, span_id: int) -> tuple[Span, list[Relation]]:
        """Remove a span and the relations that use it; returns both, so undo can restore."""
        with self.transaction():
            span = self.span(span_id)
            rels = [r for r in self.relations(span.doc_id) if span_id in (r.head, r.tail)]
            self.conn.execute("DELETE FROM spans WHERE id = ?", (span_id,))
        return span, rels

    def restore_span(self, span: Span, relations: list[Relation] = ()) -> Span:
        with self.transaction():
            restored = self.add_span(span.doc_id, span.start, span.end, span.label,
                                     annotator=span.annotator, origin=span.origin,
                                     attributes=span.attributes, span_id=span.id)
            for rel in relations:
                self.add_relation(rel.doc_id, rel.head, rel.tail, rel.type,
                                  annotator=rel.annotator, relation_id=rel.id)
        return restored

    def add_relation(self, doc_id: int, head: int, tail: int, type: str, *,
                     annotator: str = "", relation_id: int | None = None) -> Relation:
        with self.transaction():
            for sid in (head, tail):
                row = self.conn.execute("SELECT doc_id FROM spans WHERE id = ?", (sid,)).fetchone()
                if row is None or row[0] != doc_id:
                    raise SpanError(f"relation {type!r} names span {sid}, which is not in "
                                    "this document")
            cur = self.conn.execute(
                "INSERT INTO relations (id, doc_id, head, tail, type, annotator) "
                "VALUES (?, ?, ?, ?, ?, ?)", (relation_id, doc_id, head, tail, type, annotator))
            return Relation(cur.lastrowid, doc_id, head, tail, type, annotator)

    def relations(self, doc_id: int) -> list[Relation]:
        rows = self.conn.execute("SELECT id, doc_id, head, tail, type, annotator FROM relations "
                                 "WHERE doc_id = ? ORDER BY id", (doc_id,))
        return [Relation(*r) for r in rows]

    def delete_relation(self, relation_id: int) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM relations WHERE id = ?", (relation_id,))
