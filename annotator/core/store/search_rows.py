"""Search index rows (documents_fts, search_words): used by the Search part and migrations."""
from __future__ import annotations

import sqlite3
from typing import Iterable

from annotator.core.text.words import index_words


def index_documents(conn: sqlite3.Connection, docs: Iterable[tuple[int, str]],
                    words: Iterable[list[str]] | None = None) -> None:
    """Index (id, text) pairs: their distinct words (given, or found here), and the words new
    to the project."""
    rows = [(doc_id, index_words(text)) for doc_id, text in docs] if words is None else \
        [(doc_id, found) for (doc_id, _), found in zip(docs, words)]
    conn.executemany("INSERT INTO documents_fts (rowid, words) VALUES (?, ?)",
                     ((doc_id, " ".join(found)) for doc_id, found in rows))
    vocab: set[str] = set()
    for _, found in rows:
        vocab.update(found)
    conn.executemany("INSERT OR IGNORE INTO search_words (word) VALUES (?)",
                     ((w,) for w in vocab))


def forget_document(conn: sqlite3.Connection, doc_id: int, text: str) -> None:
    """Take a document out of the index: a contentless index must be told what it indexed.
    Its words stay in search_words (a word no document holds finds nothing)."""
    conn.execute("INSERT INTO documents_fts (documents_fts, rowid, words) VALUES ('delete', ?, ?)",
                 (doc_id, " ".join(index_words(text))))
