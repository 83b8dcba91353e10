"""Token layouts as stored rows (doc_layouts): used by the Layouts part and by migrations."""
from __future__ import annotations

import sqlite3
from typing import Any, Iterable

from annotator.core.text.layout import (LAYOUT_VERSION, SOURCE_VERSION, Layout, pack,
                                        packed_layout, unpack)


def store_layouts(conn: sqlite3.Connection, docs: Iterable[tuple[int, str]],
                  packed: Iterable[tuple[Any, ...]] | None = None) -> None:
    """Store the layout of each (id, text), computed here or given packed (packed_layout);
    replaces an older one."""
    rows = ((doc_id, *packed_layout(text)) for doc_id, text in docs) if packed is None else \
        ((doc_id, *layout) for (doc_id, _), layout in zip(docs, packed))
    conn.executemany(
        "INSERT OR REPLACE INTO doc_layouts (doc_id, version, tokens, width, starts, spos) "
        "VALUES (?, ?, ?, ?, ?, ?)", ((row[0], LAYOUT_VERSION, *row[1:]) for row in rows))


def store_source_layouts(conn: sqlite3.Connection,
                         layouts: Iterable[tuple[int, Layout]]) -> None:
    """Keep (id, layout) pairs made from a corpus's own tokens (SOURCE_VERSION: never redone)."""
    conn.executemany(
        "INSERT OR REPLACE INTO doc_layouts (doc_id, version, tokens, width, starts, spos) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        ((doc_id, SOURCE_VERSION, *pack(layout)) for doc_id, layout in layouts))


def stored_layout(row: tuple[Any, ...]) -> Layout | None:
    """A layout from (version, tokens, width, starts, spos) columns; None when made by
    another version of the tokenizer."""
    if row[0] not in (LAYOUT_VERSION, SOURCE_VERSION):
        return None
    return unpack(*row[1:])

