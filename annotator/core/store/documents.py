"""Documents: their texts, titles and metadata (the texts never change once stored)."""
from __future__ import annotations

import hashlib
import json
import re
import time
from datetime import datetime, timezone
from typing import Any, Iterator

from annotator.core.events import Change, Kind
from annotator.core.model import Document, overall_status
from annotator.core.store.layouts import Layouts
from annotator.core.store.part import Part, Store
from annotator.core.store.search import Search


_stamp: tuple[int, str] = (-1, "")


def now() -> str:
    """The time, to the second, as stored (UTC, ISO 8601). Made once a second: an import
    stamps every row, and formatting a datetime costs more than a row's hashing."""
    global _stamp
    second = int(time.time())
    if second != _stamp[0]:
        _stamp = (second, datetime.fromtimestamp(second, timezone.utc).isoformat())
    return _stamp[1]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _encoded(text: str) -> tuple[bytes, str]:
    """(UTF-8 bytes, their SHA-256) of a text to store."""
    data = text.encode("utf-8")
    return data, hashlib.sha256(data).hexdigest()


# What str.splitlines() breaks at (\r\n gives an empty line between, skipped as blank).
_LINE = re.compile("[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


def title_of(text: str, limit: int = 120) -> str:
    for match in _LINE.finditer(text):  # lazily: a long text is never split into all its lines
        a, b = match.span()
        line = text[a:min(b, a + 10 * limit)].strip().lstrip("\ufeff")
        if len(line) <= limit and b > a + 10 * limit:
            line = text[a:b].strip().lstrip("\ufeff")  # only white space in its first part
        if line:
            return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"
    return ""


_DOC_COLUMNS = "id, text, title, sha256, source, meta, external_id, note"


def _row_to_document(row: tuple[Any, ...]) -> Document:
    doc_id, text, title, sha, source, meta, ext, note = row
    return Document(doc_id, text, title, sha, source, json.loads(meta),
                    None if ext is None else json.loads(ext), note)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class Documents(Part):
    def __init__(self, store: Store, *, search: Search, layouts: Layouts):
        super().__init__(store)
        self._search, self._layouts = search, layouts

    def add(self, text: str, *, source: str | None = None, meta: dict[str, Any] | None = None,
            title: str | None = None, sha256: str | None = None, external_id: Any = None,
            index: bool = True, note: str = "", doc_id: int | None = None) -> tuple[int, bool]:
        """Store a text as given; returns (id, True), or (existing id, False) for a duplicate.
        index=False leaves the search index to a later `index` call (bulk import); `doc_id`
        keeps the id the document has elsewhere (a team server's)."""
        # The text goes in as its UTF-8 bytes cast to TEXT (the same stored value): bound as a
        # str, sqlite3 would keep a UTF-8 copy inside the str object for as long as it lives.
        data, sha = _encoded(text)
        sha = sha256 or sha
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO documents (id, sha256, title, text, source, meta, external_id, "
                "added_at, note) VALUES (?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?, ?) "
                "ON CONFLICT(sha256) DO NOTHING",
                (doc_id, sha, title or title_of(text), data, source, _json(meta or {}),
                 None if external_id is None else _json(external_id), now(), note or ""))
            del data
            if cur.rowcount == 0:
                row = self.conn.execute("SELECT id FROM documents WHERE sha256 = ?",
                                        (sha,)).fetchone()
                return int(row[0]), False
            doc_id = int(cur.lastrowid or 0)
            if index:
                self.index([(doc_id, text)])
            self.announce(Change(Kind.DOCUMENT_ADDED, doc_id))
        return doc_id, True

    def index(self, docs: list[tuple[int, str]],
              derived: list[tuple[list[str], tuple[Any, ...]]] | None = None) -> None:
        """Add (id, text) pairs to the search index and store their token layouts; `derived`
        gives each one's (search words, packed layout) already computed (store/derive.py).
        FTS5 flushes at every savepoint, so a bulk import indexes once per batch rather than
        once per file."""
        with self.transaction():
            self._search.index(docs, None if derived is None else [d[0] for d in derived])
            self._layouts.store(docs, None if derived is None else [d[1] for d in derived])

    def update(self, doc_id: int, *, title: str | None = None,
               meta: dict[str, Any] | None = None, note: str | None = None) -> Document:
        """Change a document's title, metadata or note (None leaves a field as it is)."""
        with self.transaction():
            old = self.get(doc_id)
            for field, value, stored in (("title", title, title),
                                         ("meta", meta, None if meta is None else _json(meta)),
                                         ("note", note, note)):
                if value is None or value == getattr(old, field):
                    continue
                self.conn.execute(f"UPDATE documents SET {field} = ? WHERE id = ?",
                                  (stored, doc_id))
                self.announce(Change(Kind.DOCUMENT_CHANGED, doc_id, field=field,
                                     old=getattr(old, field), new=value))
            return self.get(doc_id)

    def remove(self, doc_id: int) -> Document:
        """Delete a document with its spans, relations and statuses."""
        with self.transaction():
            old = self.get(doc_id)
            self._search.forget([doc_id])
            self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            self.announce(Change(Kind.DOCUMENT_REMOVED, doc_id, old=old))
        return old

    def note(self, doc_id: int) -> str:
        row = self.conn.execute("SELECT note FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(f"no document {doc_id}")
        return str(row[0])

    def has_text(self, text: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE sha256 = ?",
                                 (text_sha256(text),)).fetchone() is not None

    def get(self, doc_id: int) -> Document:
        row = self.conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents "
                                "WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(f"no document {doc_id}")
        return _row_to_document(row)

    def text(self, doc_id: int) -> str:
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(f"no document {doc_id}")
        return str(row[0])

    def iter(self, ids: list[int] | None = None) -> Iterator[Document]:
        """Documents in id order, read a batch at a time so memory stays flat."""
        if ids is not None:
            for doc_id in ids:
                yield self.get(doc_id)
            return
        last = 0
        while True:
            rows = self.conn.execute(
                f"SELECT {_DOC_COLUMNS} FROM documents WHERE id > ? "
                "ORDER BY id LIMIT 200", (last,)).fetchall()
            if not rows:
                return
            for row in rows:
                yield _row_to_document(row)
            last = rows[-1][0]

    def ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def rows(self, annotator: str | None = None) -> list[dict[str, Any]]:
        """id, title, span count and status (for `annotator`, else the most advanced) per doc."""
        rows = self.conn.execute(
            "SELECT d.id, d.title, "
            " (SELECT count(*) FROM spans s WHERE s.doc_id = d.id), "
            " (SELECT group_concat(status) FROM statuses t WHERE t.doc_id = d.id "
            "   AND (? IS NULL OR t.annotator = ?)) "
            "FROM documents d ORDER BY d.id", (annotator, annotator)).fetchall()
        return [{"id": r[0], "title": r[1], "spans": r[2],
                 "status": overall_status((r[3] or "").split(","))} for r in rows]
