"""What this desktop changed, for a team server's sync (annotator/server/sync.py).

In a working copy, triggers record every insert, update and delete of spans, links and
statuses, and every new document (the lead hands out new articles that way), in `sync_log`, in the same transaction as the edit, so that what a sync must send
survives a crash and is never found by comparing whole tables. Rows a sync brings in are
written under `applying()`, which the triggers see, so they are not sent back.
"""
from __future__ import annotations

import re
import sqlite3
from contextlib import contextmanager
from typing import Iterator

_QUIET = "NOT EXISTS (SELECT 1 FROM settings WHERE key = 'sync.applying')"
# (trigger name, event and table, what it records): one row of sync_log per change
_ROW = "(tbl, row_id, annotator) VALUES ('{t}', NEW.id, NEW.annotator)"
_GONE = "(tbl, row_id, uid, annotator) VALUES ('{t}', OLD.id, OLD.uid, OLD.annotator)"
_SCHEME = "(tbl) VALUES ('scheme')"
_RECORDED = [
    *((f"sync_{one}_added", f"INSERT ON {t}", _ROW.format(t=t)) for one, t in
      (("span", "spans"), ("relation", "relations"))),
    *((f"sync_{one}_changed", f"UPDATE ON {t}", _ROW.format(t=t)) for one, t in
      (("span", "spans"), ("relation", "relations"))),
    *((f"sync_{one}_removed", f"DELETE ON {t}", _GONE.format(t=t)) for one, t in
      (("span", "spans"), ("relation", "relations"))),
    ("sync_document_added", "INSERT ON documents", "(tbl, row_id) VALUES ('documents', NEW.id)"),
    ("sync_status_set", "INSERT ON statuses",
     "(tbl, row_id, annotator) VALUES ('statuses', NEW.doc_id, NEW.annotator)"),
    ("sync_status_changed", "UPDATE ON statuses",
     "(tbl, row_id, annotator) VALUES ('statuses', NEW.doc_id, NEW.annotator)"),
    ("sync_status_removed", "DELETE ON statuses",
     "(tbl, row_id, annotator) VALUES ('statuses', OLD.doc_id, OLD.annotator)"),
    *((f"sync_{one}_{what}", f"{event} ON {t}", _SCHEME)
      for one, t in (("label", "labels"), ("layer", "layers"),
                     ("relation_type", "relation_types"))
      for what, event in (("added", "INSERT"), ("changed", "UPDATE"), ("removed", "DELETE"))),
]
_TRIGGERS = "".join(
    f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} WHEN {_QUIET} BEGIN\n"
    f"  INSERT INTO sync_log {values};\nEND;\n" for name, event, values in _RECORDED) + f"""
CREATE TRIGGER IF NOT EXISTS sync_label_renamed AFTER UPDATE OF name ON labels
WHEN {_QUIET} AND OLD.name IS NOT NEW.name BEGIN
  INSERT INTO sync_log (tbl, detail) VALUES ('label_renamed', json_array(OLD.name, NEW.name));
END;
"""


# The triggers a working copy carries beyond its schema (store/shape.py allows them).
TRIGGER_NAMES: frozenset[str] = frozenset(
    re.findall(r"CREATE TRIGGER IF NOT EXISTS (\w+)", _TRIGGERS))


def record_changes(conn: sqlite3.Connection) -> None:
    """Start recording this project's changes (idempotent); in the caller's transaction."""
    for statement in _TRIGGERS.split("END;"):
        if statement.strip():
            conn.execute(statement + "END;")


def recording(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' "
                        "AND name = 'sync_span_added'").fetchone() is not None


@contextmanager
def applying(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside the caller's transaction: writes made here are not recorded for sending."""
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('sync.applying', '1')")
    try:
        yield
    finally:
        conn.execute("DELETE FROM settings WHERE key = 'sync.applying'")


def last_seq(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM sync_log").fetchone()[0])


def waiting(conn: sqlite3.Connection, after: int) -> int:
    """How many recorded changes a sync has not sent yet."""
    return int(conn.execute("SELECT count(*) FROM sync_log WHERE seq > ?", (after,))
               .fetchone()[0])
