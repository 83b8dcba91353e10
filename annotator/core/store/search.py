"""The search index (documents_fts) and read-only questions about the whole project."""
from __future__ import annotations

from typing import Any

from annotator.core.model import Status, overall_status
from annotator.core.store.part import Part
from annotator.core.text.normalize import normalize


MAX_QUERY_CHARS = 1000   # a pasted paragraph is a query; a pasted book is not
MAX_QUERY_WORDS = 32


def query_words(query: str) -> list[str]:
    """The normalised words a query looks for: each once, at most MAX_QUERY_WORDS of them."""
    if len(query) > MAX_QUERY_CHARS:   # cut at a word's end, never inside one
        cut = query[:MAX_QUERY_CHARS]
        query = cut if query[MAX_QUERY_CHARS].isspace() else cut.rpartition(" ")[0] or cut
    words = dict.fromkeys(normalize(query).split())
    return list(words)[:MAX_QUERY_WORDS]


class Search(Part):
    def index(self, docs: list[tuple[int, str]]) -> None:
        """Index (id, text) pairs (a normalised copy, core/text/normalize.py)."""
        self.conn.executemany("INSERT INTO documents_fts (rowid, norm) VALUES (?, ?)",
                              ((doc_id, normalize(text)) for doc_id, text in docs))

    def forget(self, ids: list[int]) -> None:
        self.conn.executemany("DELETE FROM documents_fts WHERE rowid = ?",
                              ((doc_id,) for doc_id in ids))

    def find(self, query: str, limit: int | None = None) -> list[int]:
        """Ids of documents containing every word of `query`, ignoring tashkeel, tatweel and
        alef/hamza forms; a word also matches inside a longer word (بغداد finds وبغداد)."""
        words = query_words(query)
        if not words:
            return []
        long_words = [w for w in words if len(w) >= 3]
        short_words = [w for w in words if len(w) < 3]
        sql = "SELECT rowid FROM documents_fts"
        where, params = [], []
        if long_words:
            # Each word is a quoted phrase: no FTS5 query syntax leaks in from user input.
            where.append("documents_fts MATCH ?")
            params.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long_words))
        for w in short_words:  # the trigram index cannot serve words under three letters
            where.append("instr(norm, ?) > 0")
            params.append(w)
        sql += " WHERE " + " AND ".join(where) + " ORDER BY rowid"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.conn.execute(sql, params)]

    def stats(self) -> dict[str, Any]:
        by_status = {s.value: 0 for s in Status}
        for (statuses,) in self.conn.execute(
                "SELECT (SELECT group_concat(status) FROM statuses t WHERE t.doc_id = d.id) "
                "FROM documents d"):
            by_status[overall_status((statuses or "").split(",")).value] += 1
        per_annotator: dict[str, dict[str, int]] = {}
        for annotator, status, n in self.conn.execute(
                "SELECT annotator, status, count(*) FROM statuses GROUP BY annotator, status "
                "ORDER BY annotator"):
            per_annotator.setdefault(annotator, {s.value: 0 for s in Status})[status] = n
        spans_by_label = dict(self.conn.execute(
            "SELECT label, count(*) FROM spans GROUP BY label ORDER BY label"))
        spans_by_annotator = dict(self.conn.execute(
            "SELECT annotator, count(*) FROM spans GROUP BY annotator ORDER BY annotator"))
        return {
            "documents": sum(by_status.values()),
            "documents_by_status": by_status,
            "status_by_annotator": per_annotator,
            "spans": sum(spans_by_label.values()),
            "spans_by_label": spans_by_label,
            "spans_by_annotator": spans_by_annotator,
        }
