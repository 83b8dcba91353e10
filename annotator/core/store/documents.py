"""Documents and per-annotator status."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any, Iterator

from annotator.core.model import Document, Status, overall_status
from annotator.core.store.layouts import store_layouts
from annotator.core.text.normalize import normalize


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def title_of(text: str, limit: int = 120) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("\ufeff")
        if line:
            return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"
    return ""


_DOC_COLUMNS = "id, text, title, sha256, source, meta, external_id"


def _row_to_document(row: tuple) -> Document:
    doc_id, text, title, sha, source, meta, ext = row
    return Document(doc_id, text, title, sha, source, json.loads(meta),
                    None if ext is None else json.loads(ext))


class DocumentsMixin:
    conn: Any
    transaction: Any

    def add_document(self, text: str, *, source: str | None = None,
                     meta: dict[str, Any] | None = None, title: str | None = None,
                     sha256: str | None = None, external_id: Any = None,
                     index: bool = True) -> tuple[int, bool]:
        """Store a text as given; returns (id, True), or (existing id, False) for a duplicate.
        index=False leaves the search index to a later `index_documents` call (bulk import)."""
        sha = sha256 or text_sha256(text)
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO documents (sha256, title, text, source, meta, external_id, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
                (sha, title or title_of(text), text, source,
                 json.dumps(meta or {}, ensure_ascii=False),
                 None if external_id is None else json.dumps(external_id, ensure_ascii=False),
                 now()))
            if cur.rowcount == 0:
                row = self.conn.execute("SELECT id FROM documents WHERE sha256 = ?",
                                        (sha,)).fetchone()
                return row[0], False
            doc_id = cur.lastrowid
            if index:
                self.index_documents([(doc_id, text)])
        return doc_id, True

    def index_documents(self, docs: list[tuple[int, str]]) -> None:
        """Add (id, text) pairs to the search index and store their token layouts. FTS5 flushes
        at every savepoint, so a bulk import indexes once per batch rather than once per file."""
        with self.transaction():
            self.conn.executemany("INSERT INTO documents_fts (rowid, norm) VALUES (?, ?)",
                                  ((doc_id, normalize(text)) for doc_id, text in docs))
            store_layouts(self.conn, docs)

    def has_text(self, text: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE sha256 = ?",
                                 (text_sha256(text),)).fetchone() is not None

    def document(self, doc_id: int) -> Document:
        row = self.conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents "
                                "WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(f"no document {doc_id}")
        return _row_to_document(row)

    def document_text(self, doc_id: int) -> str:
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(f"no document {doc_id}")
        return row[0]

    def iter_documents(self, ids: list[int] | None = None) -> Iterator[Document]:
        """Documents in id order, read a batch at a time so memory stays flat."""
        if ids is not None:
            for doc_id in ids:
                yield self.document(doc_id)
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

    def document_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def document_rows(self, annotator: str | None = None) -> list[dict[str, Any]]:
        """id, title, span count and status (for `annotator`, else the most advanced) per doc."""
        rows = self.conn.execute(
            "SELECT d.id, d.title, "
            " (SELECT count(*) FROM spans s WHERE s.doc_id = d.id), "
            " (SELECT group_concat(status) FROM statuses t WHERE t.doc_id = d.id "
            "   AND (? IS NULL OR t.annotator = ?)) "
            "FROM documents d ORDER BY d.id", (annotator, annotator)).fetchall()
        return [{"id": r[0], "title": r[1], "spans": r[2],
                 "status": overall_status((r[3] or "").split(","))} for r in rows]

    def set_status(self, doc_id: int, annotator: str, status: Status | str) -> None:
        status = Status.parse(status)
        with self.transaction():
            self.conn.execute(
                "INSERT INTO statuses (doc_id, annotator, status, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(doc_id, annotator) DO UPDATE SET "
                "status = excluded.status, updated_at = excluded.updated_at",
                (doc_id, annotator, status.value, now()))

    def status(self, doc_id: int, annotator: str | None = None) -> Status:
        if annotator is None:
            rows = self.conn.execute("SELECT status FROM statuses WHERE doc_id = ?", (doc_id,))
            return overall_status([r[0] for r in rows])
        row = self.conn.execute("SELECT status FROM statuses WHERE doc_id = ? AND annotator = ?",
                                (doc_id, annotator)).fetchone()
        return Status(row[0]) if row else Status.NEW

    def statuses(self, doc_id: int) -> dict[str, Status]:
        return {a: Status(s) for a, s in self.conn.execute(
            "SELECT annotator, status FROM statuses WHERE doc_id = ? ORDER BY annotator",
            (doc_id,))}
