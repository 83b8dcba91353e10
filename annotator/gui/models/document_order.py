"""The document list's orders, as streams of ids read a little at a time (no Qt here).

Each order is a generator of ids that may also yield None: "still preparing, give the event
loop its turn back" (id_chunks in document_rows.py cuts the stream into turns). Nothing reads
the whole list in one step: the id order walks an index (schema version 7), the title order
reads the title index a slice at a time, sorts each slice in natural order (title_key) and
merges the slices, the status order chains one stream per status, and the span-count order
counts the spans a slice at a time and then hands out buckets of equal counts, each already in
id order.
"""
from __future__ import annotations

import heapq
import re
from itertools import islice
from typing import Any, Iterable, Iterator

from annotator.core.model import Status

Ids = Iterator[int | None]
ORDERS = ("id", "title", "status", "spans", "agreement")
SLICE = 2000    # rows read between two chances to give the turn back
_NUMBER = re.compile(r"(\d+)")  # a run of digits of any script: 12, ١٢, ۱۲


def ordered(project: Any, annotator: str, key: str, descending: bool,
            agreement: dict[int, float | None] | None = None) -> Ids:
    """Every document of the project in the order `key`; ties in id order."""
    conn, way = project.conn, "DESC" if descending else "ASC"
    if key == "title":
        return _by_title(conn, descending)
    if key == "status":
        statuses = reversed(Status) if descending else iter(Status)
        return _chain(with_status(conn, annotator, s, descending) for s in statuses)
    if key == "spans":
        return _by_span_count(conn, descending)
    if key == "agreement":
        return _by_agreement(conn, agreement or {}, descending)
    return _rows(conn.execute(f"SELECT id FROM documents ORDER BY id {way}"))


def with_status(conn: Any, annotator: str, status: Status, descending: bool = False) -> Ids:
    """The documents whose status for `annotator` is `status`, in id order."""
    way = "DESC" if descending else "ASC"
    if status is Status.NEW:  # no row, or a row saying new
        rows = conn.execute(
            "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM statuses t WHERE "
            f"t.doc_id = d.id AND t.annotator = ? AND t.status != 'new') ORDER BY id {way}",
            (annotator,))
    else:
        rows = conn.execute("SELECT doc_id FROM statuses WHERE annotator = ? AND status = ? "
                            f"ORDER BY doc_id {way}", (annotator, status.value))
    return _rows(rows)


def kept(order: Ids, keep: Ids) -> Ids:
    """`order` restricted to the ids of `keep` (a filter's stream, read first)."""
    wanted: set[int] = set()
    for i, doc_id in enumerate(keep):
        if doc_id is not None:
            wanted.add(doc_id)
        if doc_id is None or i % SLICE == SLICE - 1:
            yield None
    for doc_id in order:
        if doc_id is None or doc_id in wanted:
            yield doc_id


def _rows(cursor: Iterable[tuple[int, ...]]) -> Ids:
    for row in cursor:
        yield row[0]


def _chain(streams: Iterable[Ids]) -> Ids:
    for stream in streams:
        yield from stream


def _by_span_count(conn: Any, descending: bool) -> Ids:
    buckets: dict[int, list[int]] = {}
    counted: set[int] = set()
    rows = conn.execute("SELECT doc_id, count(*) FROM spans GROUP BY doc_id")
    while True:  # read from the (doc_id, ...) index in id order, a slice per turn
        part = list(islice(rows, SLICE))
        if not part:
            break
        for doc_id, n in part:
            buckets.setdefault(n, []).append(doc_id)
            counted.add(doc_id)
        yield None
    zero = buckets.setdefault(0, [])
    for i, (doc_id,) in enumerate(conn.execute("SELECT id FROM documents ORDER BY id")):
        if doc_id not in counted:
            zero.append(doc_id)
        if i % SLICE == SLICE - 1:
            yield None
    for n in sorted(buckets, reverse=descending):
        yield from reversed(buckets[n]) if descending else buckets[n]


def title_key(title: str | None) -> tuple:
    """The title's place in natural order: its digit runs compare as numbers ("مقال 9" before
    "مقال 10", Arabic-Indic digits too), the rest by code point."""
    parts: list = _NUMBER.split((title or "")[:500])  # int() refuses 4,300 digits and more
    if len(parts) > 1:
        parts[1::2] = map(int, parts[1::2])  # str, int, str, ...: alike places, alike types
    return tuple(parts)


def _by_title(conn: Any, descending: bool) -> Ids:
    # Each slice of titles (read from their index, not the table of texts) is keyed and
    # sorted in a turn of its own; the sorted slices are then merged as the list reads on.
    rows = conn.execute("SELECT id, title FROM documents ORDER BY title, id")
    runs = []
    while True:
        part = list(islice(rows, SLICE))
        if not part:
            break
        runs.append(sorted(((title_key(title), doc_id) for doc_id, title in part),
                           reverse=descending))
        yield None
    for _, doc_id in heapq.merge(*runs, reverse=descending):
        yield doc_id


def _by_agreement(conn: Any, values: dict[int, float | None], descending: bool) -> Ids:
    # Documents with a figure first (lowest first: the ones to look at), then the rest.
    scored = sorted((v, d) for d, v in values.items() if v is not None)
    if descending:
        scored.reverse()
    yield from (d for _, d in scored)
    for i, (doc_id,) in enumerate(conn.execute("SELECT id FROM documents ORDER BY id")):
        if values.get(doc_id) is None:
            yield doc_id
        if i % SLICE == SLICE - 1:
            yield None
