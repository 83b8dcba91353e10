"""Stored token layouts (core/text/layout.py): written with each new document, read by export."""
from __future__ import annotations

import sqlite3
from typing import Any, Iterable

from annotator.core.text.layout import (LAYOUT_VERSION, SOURCE_VERSION, Layout, layout_of,
                                        pack, unpack)


def store_layouts(conn: sqlite3.Connection, docs: Iterable[tuple[int, str]]) -> None:
    """Compute and store the layout of each (id, text); replaces an older one."""
    conn.executemany(
        "INSERT OR REPLACE INTO doc_layouts (doc_id, version, tokens, width, starts, ends, "
        "spos) VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((doc_id, LAYOUT_VERSION, *pack(layout_of(text))) for doc_id, text in docs))


def store_source_layouts(conn: sqlite3.Connection, layouts: Iterable[tuple[int, Layout]]) -> None:
    """Keep (id, layout) pairs made from a corpus's own tokens (SOURCE_VERSION: never redone)."""
    conn.executemany(
        "INSERT OR REPLACE INTO doc_layouts (doc_id, version, tokens, width, starts, ends, "
        "spos) VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((doc_id, SOURCE_VERSION, *pack(layout)) for doc_id, layout in layouts))


def stored_layout(row: tuple[Any, ...]) -> Layout | None:
    """A layout from (version, tokens, width, starts, ends, spos) columns; None when made by
    another version of the tokenizer."""
    if row[0] not in (LAYOUT_VERSION, SOURCE_VERSION):
        return None
    return unpack(*row[1:])


class LayoutsMixin:
    conn: Any
    transaction: Any

    def layout(self, doc_id: int) -> Layout | None:
        row = self.conn.execute("SELECT version, tokens, width, starts, ends, spos "
                                "FROM doc_layouts WHERE doc_id = ?", (doc_id,)).fetchone()
        return None if row is None else stored_layout(row)

    def refresh_layouts(self) -> int:
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
