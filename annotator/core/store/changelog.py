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
_TRIGGERS = f"""
CREATE TRIGGER IF NOT EXISTS sync_span_added AFTER INSERT ON spans WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl, row_id, annotator) VALUES ('spans', NEW.id, NEW.annotator);
END;
CREATE TRIGGER IF NOT EXISTS sync_span_changed AFTER UPDATE ON spans WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl, row_id, annotator) VALUES ('spans', NEW.id, NEW.annotator);
END;
CREATE TRIGGER IF NOT EXISTS sync_span_removed AFTER DELETE ON spans WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl, row_id, uid, annotator)
    VALUES ('spans', OLD.id, OLD.uid, OLD.annotator);
END;
CREATE TRIGGER IF NOT EXISTS sync_relation_added AFTER INSERT ON relations WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl, row_id, annotator) VALUES ('relations', NEW.id, NEW.annotator);
END;
CREATE TRIGGER IF NOT EXISTS sync_relation_changed AFTER UPDATE ON relations WHEN {_QUIET}
BEGIN
  INSERT INTO sync_log (tbl, row_id, annotator) VALUES ('relations', NEW.id, NEW.annotator);
END;
CREATE TRIGGER IF NOT EXISTS sync_relation_removed AFTER DELETE ON relations WHEN {_QUIET}
BEGIN
  INSERT INTO sync_log (tbl, row_id, uid, annotator)
    VALUES ('relations', OLD.id, OLD.uid, OLD.annotator);
END;
CREATE TRIGGER IF NOT EXISTS sync_document_added AFTER INSERT ON documents WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl, row_id) VALUES ('documents', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS sync_label_renamed AFTER UPDATE OF name ON labels
WHEN {_QUIET} AND OLD.name IS NOT NEW.name BEGIN
  INSERT INTO sync_log (tbl, detail) VALUES ('label_renamed', json_array(OLD.name, NEW.name));
END;
CREATE TRIGGER IF NOT EXISTS sync_labels_changed AFTER UPDATE ON labels WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl) VALUES ('scheme');
END;
CREATE TRIGGER IF NOT EXISTS sync_label_added AFTER INSERT ON labels WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl) VALUES ('scheme');
END;
CREATE TRIGGER IF NOT EXISTS sync_label_removed AFTER DELETE ON labels WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl) VALUES ('scheme');
END;
CREATE TRIGGER IF NOT EXISTS sync_layer_changed AFTER UPDATE ON layers WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl) VALUES ('scheme');
END;
CREATE TRIGGER IF NOT EXISTS sync_layer_added AFTER INSERT ON layers WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl) VALUES ('scheme');
END;
CREATE TRIGGER IF NOT EXISTS sync_layer_removed AFTER DELETE ON layers WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl) VALUES ('scheme');
END;
CREATE TRIGGER IF NOT EXISTS sync_relation_type_changed AFTER UPDATE ON relation_types
WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl) VALUES ('scheme');
END;
CREATE TRIGGER IF NOT EXISTS sync_relation_type_added AFTER INSERT ON relation_types
WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl) VALUES ('scheme');
END;
CREATE TRIGGER IF NOT EXISTS sync_relation_type_removed AFTER DELETE ON relation_types
WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl) VALUES ('scheme');
END;
CREATE TRIGGER IF NOT EXISTS sync_status_set AFTER INSERT ON statuses WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl, row_id, annotator) VALUES ('statuses', NEW.doc_id, NEW.annotator);
END;
CREATE TRIGGER IF NOT EXISTS sync_status_changed AFTER UPDATE ON statuses WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl, row_id, annotator) VALUES ('statuses', NEW.doc_id, NEW.annotator);
END;
CREATE TRIGGER IF NOT EXISTS sync_status_removed AFTER DELETE ON statuses WHEN {_QUIET} BEGIN
  INSERT INTO sync_log (tbl, row_id, annotator) VALUES ('statuses', OLD.doc_id, OLD.annotator);
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
