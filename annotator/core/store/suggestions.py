"""Suggestions: spans and links proposed by a suggester, waiting for an annotator's answer.

A suggestion is open until it is accepted (it becomes a span whose origin is the suggester's
name) or rejected (it is remembered, so the same span never comes back for that document).
Every call is one transaction. Links (said_by) join a suggestion to another suggestion or to
a span already in the document; accepting the second end creates the relation.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Protocol

from annotator.core.events import Change, Kind
from annotator.core.model import Relation, Span
from annotator.core.store.documents import now
from annotator.core.store.part import Part, Store

OPEN, ACCEPTED, REJECTED = "open", "accepted", "rejected"


class Proposed(Protocol):
    start: int
    end: int
    label: str
    origin: str
    score: float
    attributes: dict[str, Any]


@dataclass
class NewLink:
    """A link between proposals: `head` indexes the proposals; the tail is another proposal
    (`tail`) or a span already stored (`tail_span`)."""
    head: int
    type: str
    origin: str
    score: float
    tail: int | None = None
    tail_span: int | None = None


@dataclass
class Suggestion:
    id: int
    doc_id: int
    start: int
    end: int
    label: str
    layer: str
    origin: str
    score: float
    attributes: dict[str, Any] = field(default_factory=dict)
    state: str = OPEN
    span_id: int | None = None


@dataclass
class SuggestedLink:
    id: int
    head: int
    tail: int | None
    tail_span: int | None
    type: str
    origin: str
    score: float


_COLUMNS = ("g.id, g.doc_id, g.start, g.end, g.label, l.layer, g.origin, g.score, "
            "g.attributes, g.state, g.span_id")


def _row(row: tuple[Any, ...]) -> Suggestion:
    sid, doc, start, end, label, layer, origin, score, attrs, state, span_id = row
    return Suggestion(sid, doc, start, end, label, layer, origin, score, json.loads(attrs),
                      state, span_id)


class Suggestions(Part):
    """The suggestions part of a project, handed the spans part (accepting stores a span).
    Every change is announced as SUGGESTIONS_CHANGED for its document."""

    def __init__(self, store: Store, *, spans: Any):
        super().__init__(store)
        self._spans = spans

    def _changed(self, doc_id: int, ids: Iterable[int] = ()) -> None:
        self.announce(Change(Kind.SUGGESTIONS_CHANGED, doc_id, tuple(ids)))

    # ---- writing a suggester's output -------------------------------------------------------
    def replace(self, doc_id: int, proposals: list[Proposed], links: Iterable[NewLink] = (),
                origins: Iterable[str] = ()) -> list[int | None]:
        """Drop the open suggestions of `origins` for the document and store `proposals`,
        except what was rejected or accepted before or is already a span (same range and
        label). Returns, per proposal, its suggestion id (None when skipped)."""
        origins = sorted(set(origins) | {p.origin for p in proposals})
        with self.transaction():
            if origins:
                marks = ",".join("?" * len(origins))
                self.conn.execute(f"DELETE FROM suggestions WHERE doc_id = ? AND state = 'open' "
                                  f"AND origin IN ({marks})", [doc_id, *origins])
            answered = {(s, e, lab) for s, e, lab in self.conn.execute(
                "SELECT start, end, label FROM suggestions WHERE doc_id = ?", (doc_id,))}
            spans = {(s, e, lab): sid for sid, s, e, lab in self.conn.execute(
                "SELECT id, start, end, label FROM spans WHERE doc_id = ?", (doc_id,))}
            ids: list[int | None] = []
            span_of: dict[int, int] = {}
            for i, p in enumerate(proposals):
                key = (p.start, p.end, p.label)
                if key in spans:
                    span_of[i] = spans[key]
                if key in answered or key in spans:
                    ids.append(None)
                    continue
                answered.add(key)
                cur = self.conn.execute(
                    "INSERT INTO suggestions (doc_id, start, end, label, origin, score, "
                    "attributes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, p.start, p.end, p.label, p.origin, float(p.score),
                     json.dumps(p.attributes or {}, ensure_ascii=False), now()))
                ids.append(cur.lastrowid)
            for link in links:
                head = ids[link.head]
                tail = ids[link.tail] if link.tail is not None else None
                tail_span = link.tail_span
                if link.tail is not None and tail is None:
                    tail_span = span_of.get(link.tail)
                if head is None or (tail is None and tail_span is None):
                    continue
                self.conn.execute(
                    "INSERT INTO suggestion_links (doc_id, head, tail, tail_span, type, origin, "
                    "score) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, head, tail, tail_span, link.type, link.origin, float(link.score)))
            self._changed(doc_id, [i for i in ids if i is not None])
        return ids

    def clear(self, doc_id: int | None = None, origins: Iterable[str] | None = None) -> int:
        """Forget open suggestions (rejections and acceptances are kept)."""
        where: list[str] = ["state = 'open'"]
        params: list[Any] = []
        if doc_id is not None:
            where.append("doc_id = ?")
            params.append(doc_id)
        if origins is not None:
            origins = list(origins)
            where.append(f"origin IN ({','.join('?' * len(origins))})")
            params += origins
        with self.transaction():
            docs = [r[0] for r in self.conn.execute(
                "SELECT DISTINCT doc_id FROM suggestions WHERE " + " AND ".join(where), params)]
            n = self.conn.execute("DELETE FROM suggestions WHERE " + " AND ".join(where),
                                  params).rowcount
            for doc in docs:
                self._changed(doc)
            return n

    # ---- reading ----------------------------------------------------------------------------
    def get(self, suggestion_id: int) -> Suggestion:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM suggestions g JOIN labels l "
                                "ON l.name = g.label WHERE g.id = ?", (suggestion_id,)).fetchone()
        if row is None:
            raise KeyError(f"no suggestion {suggestion_id}")
        return _row(row)

    def for_document(self, doc_id: int, state: str | None = OPEN) -> list[Suggestion]:
        """A document's suggestions in `state` (None: all) by start, longer first. Those
        whose label left the scheme are not shown."""
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM suggestions g JOIN labels l ON l.name = g.label "
            "WHERE g.doc_id = ? AND (? IS NULL OR g.state = ?) "
            "ORDER BY g.start, g.end DESC, g.id", (doc_id, state, state))
        return [_row(r) for r in rows]

    def links(self, doc_id: int) -> list[SuggestedLink]:
        return [SuggestedLink(*r) for r in self.conn.execute(
            "SELECT id, head, tail, tail_span, type, origin, score FROM suggestion_links "
            "WHERE doc_id = ? ORDER BY id", (doc_id,))]

    def counts(self) -> dict[str, dict[str, int]]:
        """{origin: {state: n}} over the project."""
        out: dict[str, dict[str, int]] = {}
        for origin, state, n in self.conn.execute(
                "SELECT origin, state, count(*) FROM suggestions GROUP BY origin, state"):
            out.setdefault(origin, {OPEN: 0, ACCEPTED: 0, REJECTED: 0})[state] = n
        return out

    # ---- answers ----------------------------------------------------------------------------
    def accept(self, suggestion_id: int, annotator: str = "") -> tuple[Span, list[Relation]]:
        """Store the suggestion as a span (origin: the suggester) and the relations its links
        now complete; returns both."""
        with self.transaction():
            sug = self.get(suggestion_id)
            if sug.state != OPEN:
                raise ValueError(f"suggestion {suggestion_id} is already {sug.state}")
            span = self._spans.add(sug.doc_id, sug.start, sug.end, sug.label,
                                        annotator=annotator, origin=sug.origin,
                                        attributes=sug.attributes)
            self.conn.execute("UPDATE suggestions SET state = 'accepted', span_id = ? "
                              "WHERE id = ?", (span.id, suggestion_id))
            relations = []
            for head, tail, type_ in self._completed_links(suggestion_id):
                relations.append(self._spans.add_relation(sug.doc_id, head, tail, type_,
                                                          annotator=annotator))
            self._changed(sug.doc_id, [suggestion_id])
        return span, relations

    def _completed_links(self, suggestion_id: int) -> list[tuple[int, int, str]]:
        return self.conn.execute(
            "SELECT h.span_id, coalesce(t.span_id, k.tail_span), k.type "
            "FROM suggestion_links k JOIN suggestions h ON h.id = k.head "
            "LEFT JOIN suggestions t ON t.id = k.tail "
            "WHERE (k.head = ? OR k.tail = ?) AND h.span_id IS NOT NULL "
            "AND coalesce(t.span_id, k.tail_span) IS NOT NULL", (suggestion_id, suggestion_id)
        ).fetchall()

    def unaccept(self, suggestion_id: int) -> Span | None:
        """Undo an accept: the span (and its relations) go, the suggestion is open again."""
        with self.transaction():
            sug = self.get(suggestion_id)
            span = None
            if sug.span_id is not None:
                span, _ = self._spans.delete(sug.span_id)
            self.conn.execute("UPDATE suggestions SET state = 'open', span_id = NULL "
                              "WHERE id = ?", (suggestion_id,))
            self._changed(sug.doc_id, [suggestion_id])
        return span

    def reject(self, suggestion_id: int) -> None:
        self._set_state(suggestion_id, REJECTED)

    def reopen(self, suggestion_id: int) -> None:
        """Undo a reject."""
        self._set_state(suggestion_id, OPEN)

    def _set_state(self, suggestion_id: int, state: str) -> None:
        with self.transaction():
            row = self.conn.execute("SELECT doc_id FROM suggestions WHERE id = ? AND "
                                    "state != 'accepted'", (suggestion_id,)).fetchone()
            if row is None:
                raise KeyError(f"no open or rejected suggestion {suggestion_id}")
            self.conn.execute("UPDATE suggestions SET state = ? WHERE id = ?",
                              (state, suggestion_id))
            self._changed(row[0], [suggestion_id])
