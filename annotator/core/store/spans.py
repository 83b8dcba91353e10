"""Spans and the relations (links) between them: validated on the way in, each edit its own
transaction, each announced (core/events.py)."""
from __future__ import annotations

import json
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Protocol

from annotator.core.events import Change, Kind
from annotator.core.messages import tr
from annotator.core.model import Origin, Relation, Span, parse_origin
from annotator.core.store.documents import now
from annotator.core.store.part import Part, Store
from annotator.core.store.rows import insert_rows
from annotator.core.store.schema import SPAN_INSERT_TRIGGERS

_SPAN_COLUMNS = ("s.id, s.doc_id, s.start, s.end, s.label, l.layer, s.annotator, s.origin, "
                 "s.attributes")


_ORIGINS = {origin.value: origin.value for origin in Origin}  # (Origin members match too)


class SpanError(ValueError):
    """A span or relation that cannot be stored; the message says why."""


class KnowsLabels(Protocol):
    def layer(self, name: str) -> str | None: ...


def _row_to_span(row: tuple[Any, ...]) -> Span:
    sid, doc, start, end, label, layer, annotator, origin, attrs = row
    return Span(sid, doc, start, end, label, layer, annotator, parse_origin(origin),
                json.loads(attrs))


class Spans(Part):
    def __init__(self, store: Store, *, labels: KnowsLabels):
        super().__init__(store)
        self._labels = labels

    def _text_length(self, doc_id: int) -> int:
        row = self.conn.execute("SELECT length(text) FROM documents WHERE id = ?",
                                (doc_id,)).fetchone()
        if row is None:
            raise SpanError(tr("no document {id}", id=doc_id))
        return int(row[0])

    def check(self, doc_id: int, start: int, end: int, label: str,
              length: int | None = None, known: dict[str, str] | None = None) -> None:
        """Raise SpanError unless [start, end) fits the text and the label exists. `known`
        (label -> layer) saves looking a label up again, and learns the ones looked up."""
        length = self._text_length(doc_id) if length is None else length
        if not (isinstance(start, int) and isinstance(end, int)):
            raise SpanError(tr("span offsets must be integers, got {start!r}, {end!r}",
                               start=start, end=end))
        if not 0 <= start < end <= length:
            raise SpanError(tr("span [{start}, {end}) is outside the text (0..{length}) or "
                               "empty", start=start, end=end, length=length))
        if known is not None and label in known:
            return
        layer = self._labels.layer(label)
        if layer is None:
            raise SpanError(tr("unknown label {label!r}", label=label))
        if known is not None:
            known[label] = layer

    def add(self, doc_id: int, start: int, end: int, label: str, *, annotator: str = "",
            origin: Origin | str = Origin.MANUAL, attributes: dict[str, Any] | None = None,
            span_id: int | None = None, length: int | None = None) -> Span:
        """Store a span. `span_id` re-creates a deleted span under its old id (undo)."""
        with self.transaction():
            self.check(doc_id, start, end, label, length)
            cur = self.conn.execute(
                "INSERT INTO spans (id, doc_id, start, end, label, annotator, origin, "
                "attributes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (span_id, doc_id, start, end, label, annotator, parse_origin(origin).value,
                 json.dumps(attributes or {}, ensure_ascii=False), now()))
            span = self.get(int(cur.lastrowid or 0))
            self.announce(Change(Kind.SPAN_ADDED, doc_id, (span.id or 0,), new=span))
            return span

    def add_all(self, doc_id: int, spans: Iterable[tuple[int, int, str, str, str,
                                                        dict[str, Any]]],
                *, length: int | None = None,
                known: dict[str, str] | None = None) -> list[int]:
        """Store many spans of one document at once, each (start, end, label, annotator,
        origin, attributes); returns their ids in order. Many rows a statement (rows.py);
        each is announced as add() would, or, inside events.bulk(), only the document with
        the new ids (no Span built). `known` is as for check()."""
        rows = list(spans)
        if not rows:
            return []
        with self.transaction():
            length = self._text_length(doc_id) if length is None else length
            layer_of: dict[str, str] = {} if known is None else known
            for start, end, label, *_ in rows:
                self.check(doc_id, start, end, label, length, known=layer_of)
            # Ids given here, past the largest: a many-row insert reports no row ids (a
            # writer holds the database until commit, so nobody else takes them).
            first = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM spans"
                                          ).fetchone()[0]) + 1
            stamp = now()
            stored = [(first + i, doc_id, start, end, label, annotator,
                       _ORIGINS.get(origin) or parse_origin(origin).value,
                       json.dumps(attrs, ensure_ascii=False) if attrs else "{}", stamp)
                      for i, (start, end, label, annotator, origin, attrs) in enumerate(rows)]
            insert_rows(self.conn, "INSERT INTO spans (id, doc_id, start, end, label, "
                        "annotator, origin, attributes, created_at) VALUES", stored)
            if self.events.bulking:  # only the document is announced: no Span objects
                self.announce(Change(Kind.SPAN_ADDED, doc_id, tuple(r[0] for r in stored)))
                return [row[0] for row in stored]
            for sid, _, start, end, label, annotator, origin, _, _ in stored:
                span = Span(sid, doc_id, start, end, label, layer_of[label], annotator,
                            parse_origin(origin), dict(rows[sid - first][5] or {}))
                self.announce(Change(Kind.SPAN_ADDED, doc_id, (sid,), new=span))
            return [row[0] for row in stored]

    @contextmanager
    def inserted_in_bulk(self) -> Iterator[None]:
        """Inside an open transaction: the spans inserted in the block fire no trigger each;
        their counts and their documents' stale depths are written once when it ends, as the
        triggers would have (the triggers were a third of a span insert). The triggers are
        back when it ends; if it fails, the transaction's rollback brings them back.
        Spans inserted in the block must not be updated or deleted before it ends: their
        update and delete triggers still fire and would count down what was never counted
        up."""
        if not self.transaction.active:
            raise RuntimeError("inserted_in_bulk() needs an open transaction")
        before = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM spans").fetchone()[0])
        for name in SPAN_INSERT_TRIGGERS:
            self.conn.execute(f"DROP TRIGGER {name}")
        yield
        self.conn.execute("INSERT INTO depths_stale SELECT DISTINCT doc_id FROM spans "
                          "WHERE id > ? ON CONFLICT DO NOTHING", (before,))
        self.conn.execute("INSERT INTO span_counts SELECT label, annotator, count(*) FROM spans "
                          "WHERE id > ? GROUP BY label, annotator "
                          "ON CONFLICT DO UPDATE SET n = n + excluded.n", (before,))
        for sql in SPAN_INSERT_TRIGGERS.values():
            self.conn.execute(sql)

    def get(self, span_id: int) -> Span:
        row = self.conn.execute(f"SELECT {_SPAN_COLUMNS} FROM spans s JOIN labels l "
                                "ON l.name = s.label WHERE s.id = ?", (span_id,)).fetchone()
        if row is None:
            raise KeyError(f"no span {span_id}")
        return _row_to_span(row)

    def of(self, doc_id: int) -> list[Span]:
        """A document's spans, by start, outer (longer) first."""
        rows = self.conn.execute(f"SELECT {_SPAN_COLUMNS} FROM spans s JOIN labels l "
                                 "ON l.name = s.label WHERE s.doc_id = ? "
                                 "ORDER BY s.start, s.end DESC, s.id", (doc_id,))
        return [_row_to_span(r) for r in rows]

    def rows(self, doc_id: int, lo: int = 0, hi: int | None = None
             ) -> list[tuple[int, int, int, str]]:
        """(start, end, id, label) of the spans starting in [lo, hi), by start: what the editor
        needs to paint, read from the span index alone."""
        return self.conn.execute(
            "SELECT start, end, id, label FROM spans WHERE doc_id = ? AND start >= ? "
            "AND (? IS NULL OR start < ?) ORDER BY start", (doc_id, lo, hi, hi)).fetchall()

    def count(self, doc_id: int | None = None) -> int:
        if doc_id is None:
            return int(self.conn.execute("SELECT count(*) FROM spans").fetchone()[0])
        return int(self.conn.execute("SELECT count(*) FROM spans WHERE doc_id = ?",
                                     (doc_id,)).fetchone()[0])

    def update(self, span_id: int, *, start: int | None = None, end: int | None = None,
               label: str | None = None, attributes: dict[str, Any] | None = None) -> Span:
        with self.transaction():
            old = self.get(span_id)
            new_start = old.start if start is None else start
            new_end = old.end if end is None else end
            new_label = old.label if label is None else label
            self.check(old.doc_id, new_start, new_end, new_label)
            self.conn.execute(
                "UPDATE spans SET start = ?, end = ?, label = ?, attributes = ? WHERE id = ?",
                (new_start, new_end, new_label,
                 json.dumps(old.attributes if attributes is None else attributes,
                            ensure_ascii=False), span_id))
            new = self.get(span_id)
            self.announce(Change(Kind.SPAN_CHANGED, old.doc_id, (span_id,), old=old, new=new))
            return new

    def delete(self, span_id: int) -> tuple[Span, list[Relation]]:
        """Remove a span and the relations that use it; returns both, so undo can restore."""
        with self.transaction():
            span = self.get(span_id)
            rels = [r for r in self.relations(span.doc_id) if span_id in (r.head, r.tail)]
            self.conn.execute("DELETE FROM spans WHERE id = ?", (span_id,))
            for rel in rels:  # gone with the span (ON DELETE CASCADE)
                self.announce(Change(Kind.RELATION_REMOVED, rel.doc_id, (rel.head, rel.tail),
                                     old=rel))
            self.announce(Change(Kind.SPAN_REMOVED, span.doc_id, (span_id,), old=span))
        return span, rels

    def restore(self, span: Span, relations: Iterable[Relation] = ()) -> Span:
        """Put back a deleted span and its relations under their old ids (undo)."""
        with self.transaction():
            restored = self.add(span.doc_id, span.start, span.end, span.label,
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
                    raise SpanError(tr("relation {type!r} names span {id}, which is not in "
                                       "this document", type=type, id=sid))
            cur = self.conn.execute(
                "INSERT INTO relations (id, doc_id, head, tail, type, annotator) "
                "VALUES (?, ?, ?, ?, ?, ?)", (relation_id, doc_id, head, tail, type, annotator))
            rel = Relation(cur.lastrowid, doc_id, head, tail, type, annotator)
            self.announce(Change(Kind.RELATION_ADDED, doc_id, (head, tail), new=rel))
            return rel

    def relations(self, doc_id: int) -> list[Relation]:
        rows = self.conn.execute("SELECT id, doc_id, head, tail, type, annotator FROM relations "
                                 "WHERE doc_id = ? ORDER BY id", (doc_id,))
        return [Relation(*r) for r in rows]

    def delete_relation(self, relation_id: int) -> None:
        with self.transaction():
            row = self.conn.execute("SELECT id, doc_id, head, tail, type, annotator "
                                    "FROM relations WHERE id = ?", (relation_id,)).fetchone()
            if row is None:
                return
            rel = Relation(*row)
            self.conn.execute("DELETE FROM relations WHERE id = ?", (relation_id,))
            self.announce(Change(Kind.RELATION_REMOVED, rel.doc_id, (rel.head, rel.tail),
                                 old=rel))
