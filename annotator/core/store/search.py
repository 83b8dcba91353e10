"""The search index (documents_fts, search_words) and read-only questions about the whole
project.

documents_fts is a contentless FTS5 table over each document's distinct words in the search
normal form (core/text/words.py): it keeps which documents hold a word, not a second copy of
the text. search_words lists every word ever indexed, so a query word is looked up as a
substring of whole words (بغداد finds وبغداد) and the index answers for the words found.
"""
from __future__ import annotations

from itertools import islice
from typing import Any, Iterable, Iterator

from annotator.core.model import Status
from annotator.core.store.part import Part
from annotator.core.text.normalize import normalize
from annotator.core.store.search_rows import forget_document, index_documents
from annotator.core.text.words import query_words as index_words_of

# A query word found inside more index words than this (a letter or two) is checked against
# the texts of the documents the other words leave, not put to the index as one huge OR.
_MAX_TERMS = 2000
_SCAN_BATCH = 500
_PAUSED_BATCH = 8   # texts checked between pauses: a few milliseconds


def _quoted(terms: Iterable[str]) -> str:
    return "(" + " OR ".join('"' + t + '"' for t in terms) + ")"


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
    def index(self, docs: list[tuple[int, str]], words: list[list[str]] | None = None) -> None:
        """Index (id, text) pairs (with their search words, when already found)."""
        index_documents(self.conn, docs, words)

    def forget(self, ids: list[int]) -> None:
        """Take documents out of the index, before their rows go."""
        for doc_id in ids:
            row = self.conn.execute("SELECT text FROM documents WHERE id = ?",
                                    (doc_id,)).fetchone()
            if row is not None:
                forget_document(self.conn, doc_id, row[0])

    def find(self, query: str, limit: int | None = None) -> list[int]:
        """Ids (in id order) of documents containing every word of `query`, ignoring tashkeel,
        tatweel and alef/hamza forms; a word also matches inside a longer word (بغداد finds
        وبغداد). At most `limit` ids when given."""
        return [i for i in islice(self._ids(query), limit or None) if i is not None]

    def find_iter(self, query: str, pauses: bool = False) -> Iterator[int | None]:
        """find() read lazily: ids come as the caller takes them (the window's list takes a
        chunk per event-loop turn). With `pauses`, a search that reads texts (a letter or
        two) checks a few at a time and yields None after each few, matched or not: a caller
        with a time budget gets control back however rarely the texts match."""
        return self._ids(query, _PAUSED_BATCH if pauses else 0)

    def count(self, query: str) -> int:
        """How many documents find() would return without a limit."""
        plan = self._plan(query)
        if plan is None:
            return 0
        match, scanned = plan
        if not scanned and match:
            return int(self.conn.execute("SELECT count(*) FROM documents_fts WHERE "
                                         "documents_fts MATCH ?", (match,)).fetchone()[0])
        return sum(1 for _ in self._ids(query))

    def _plan(self, query: str) -> tuple[str, list[str]] | None:
        """(MATCH expression or "" for every document, words to check in the texts), or None
        when nothing can match."""
        groups, scanned = [], []
        for word in index_words_of(" ".join(query_words(query))):
            terms = [r[0] for r in self.conn.execute(
                f"SELECT word FROM search_words WHERE instr(word, ?) > 0 LIMIT {_MAX_TERMS + 1}",
                (word,))]
            if not terms:
                return None
            if len(terms) > _MAX_TERMS:
                scanned.append(word)
            else:
                groups.append(_quoted(terms))
        if not groups and not scanned:
            return None
        return " AND ".join(groups), scanned

    def _ids(self, query: str, pause_every: int = 0) -> Iterator[int | None]:
        plan = self._plan(query)
        if plan is None:
            return
        match, scanned = plan
        if match:
            ids: Iterable[int] = (r[0] for r in self.conn.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid",
                (match,)))
        else:
            ids = (r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id"))
        if not scanned:
            yield from ids
            return
        while True:  # a batch of candidates at a time: their texts are read once
            batch = list(islice(ids, pause_every or _SCAN_BATCH))
            if not batch:
                return
            marks = ",".join("?" * len(batch))
            for doc_id, text in self.conn.execute(
                    f"SELECT id, text FROM documents WHERE id IN ({marks}) ORDER BY id", batch):
                norm = normalize(text)
                if all(w in norm for w in scanned):
                    yield doc_id
            if pause_every:
                yield None

    def stats(self) -> dict[str, Any]:
        """Documents by their most advanced status and statuses per annotator, from aggregate
        queries over indexes; spans by label and by annotator, from the kept counts."""
        by_status = {s.value: 0 for s in Status}
        # A document's status is its most advanced annotator's: done > in progress > skipped.
        rank = "CASE status WHEN 'done' THEN 3 WHEN 'in_progress' THEN 2 " \
               "WHEN 'skipped' THEN 1 ELSE 0 END"
        for best, n in self.conn.execute(
                f"SELECT best, count(*) FROM (SELECT max({rank}) AS best FROM statuses "
                "GROUP BY doc_id) GROUP BY best"):
            by_status[("new", "skipped", "in_progress", "done")[best]] += n
        documents = int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        by_status["new"] += documents - sum(by_status.values())
        per_annotator: dict[str, dict[str, int]] = {}
        for annotator, status, n in self.conn.execute(
                "SELECT annotator, status, count(*) FROM statuses GROUP BY annotator, status "
                "ORDER BY annotator"):
            per_annotator.setdefault(annotator, {s.value: 0 for s in Status})[status] = n
        spans_by_label: dict[str, int] = {}
        spans_by_annotator: dict[str, int] = {}
        for label, annotator, n in self.conn.execute(  # kept by triggers (schema.py _V7)
                "SELECT label, annotator, n FROM span_counts WHERE n > 0 ORDER BY label, annotator"):
            spans_by_label[label] = spans_by_label.get(label, 0) + n
            spans_by_annotator[annotator] = spans_by_annotator.get(annotator, 0) + n
        spans_by_annotator = dict(sorted(spans_by_annotator.items()))
        return {
            "documents": documents,
            "documents_by_status": by_status,
            "status_by_annotator": per_annotator,
            "spans": sum(spans_by_label.values()),
            "spans_by_label": spans_by_label,
            "spans_by_annotator": spans_by_annotator,
        }
