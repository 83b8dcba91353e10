"""The project file's schema and its migrations, by version (PRAGMA user_version)."""
from __future__ import annotations

import sqlite3
import zlib
from typing import TYPE_CHECKING, Callable

from annotator.core.store.layout_rows import store_layouts
from annotator.core.store.search_rows import index_documents

if TYPE_CHECKING:  # imported when a migration needs it (it imports pandas: store/part.py)
    import sqlite_utils

# "ANNO": marks a SQLite file as one of our projects, so another database is never touched.
APPLICATION_ID = 0x414E4E4F

_V1 = """
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  source TEXT,
  external_id TEXT,  -- the id the document had where it came from (JSON value)
  meta TEXT NOT NULL DEFAULT '{}',
  added_at TEXT NOT NULL
);
CREATE TABLE layers (
  name TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE labels (
  name TEXT PRIMARY KEY,
  layer TEXT NOT NULL REFERENCES layers(name) ON UPDATE CASCADE,
  color TEXT NOT NULL,
  hotkey TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  attributes TEXT NOT NULL DEFAULT '{}',
  position INTEGER NOT NULL
);
CREATE TABLE relation_types (
  name TEXT PRIMARY KEY,
  heads TEXT NOT NULL DEFAULT '[]',
  tails TEXT NOT NULL DEFAULT '[]',
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL
);
CREATE TABLE spans (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
  annotator TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT 'manual',
  attributes TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  CHECK (0 <= start AND start < end)
);
CREATE INDEX spans_doc ON spans(doc_id, start);
CREATE INDEX spans_label ON spans(label);
CREATE TABLE relations (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  head INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
  tail INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  annotator TEXT NOT NULL DEFAULT ''
);
CREATE INDEX relations_doc ON relations(doc_id);
CREATE TABLE statuses (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  annotator TEXT NOT NULL,
  status TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (doc_id, annotator)
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Search runs over a normalised copy of each text (core/text/normalize.py); the trigram
-- tokenizer matches inside words, so بغداد finds وبغداد.
CREATE VIRTUAL TABLE documents_fts USING fts5(norm, tokenize='trigram');
"""

# Derived data that makes CoNLL export fast; both are rebuilt from the rows above, never edited.
_V2 = """
-- Each document's tokens and sentences (core/text/layout.py), computed when it is stored.
CREATE TABLE doc_layouts (
  doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  width INTEGER NOT NULL,  -- bytes per offset in starts, ends and spos
  tokens BLOB NOT NULL,    -- UTF-8
  starts BLOB NOT NULL,
  ends BLOB NOT NULL,
  spos BLOB NOT NULL
);
-- How deeply a document's spans nest, per layer, where deeper than 1 (core/store/depths.py).
-- Triggers mark a document stale when its spans change; depths are recomputed on demand.
CREATE TABLE span_depths (
  doc_id INTEGER NOT NULL,
  layer TEXT NOT NULL,
  depth INTEGER NOT NULL,
  PRIMARY KEY (doc_id, layer)
);
CREATE TABLE depths_stale (doc_id INTEGER PRIMARY KEY);
INSERT INTO depths_stale SELECT DISTINCT doc_id FROM spans;
-- (NOT EXISTS rather than OR IGNORE: an ON UPDATE CASCADE from labels overrides OR IGNORE.
-- Version 8 makes the insert triggers upserts, which keep their DO clause)
CREATE TRIGGER spans_added AFTER INSERT ON spans BEGIN
  INSERT INTO depths_stale SELECT NEW.doc_id
    WHERE NOT EXISTS (SELECT 1 FROM depths_stale WHERE doc_id = NEW.doc_id);
END;
CREATE TRIGGER spans_removed AFTER DELETE ON spans BEGIN
  INSERT INTO depths_stale SELECT OLD.doc_id
    WHERE NOT EXISTS (SELECT 1 FROM depths_stale WHERE doc_id = OLD.doc_id);
END;
CREATE TRIGGER spans_changed AFTER UPDATE OF doc_id, start, end, label ON spans BEGIN
  INSERT INTO depths_stale SELECT OLD.doc_id
    WHERE NOT EXISTS (SELECT 1 FROM depths_stale WHERE doc_id = OLD.doc_id);
  INSERT INTO depths_stale SELECT NEW.doc_id
    WHERE NOT EXISTS (SELECT 1 FROM depths_stale WHERE doc_id = NEW.doc_id);
END;
CREATE TRIGGER labels_moved AFTER UPDATE OF layer ON labels WHEN OLD.layer IS NOT NEW.layer BEGIN
  INSERT INTO depths_stale SELECT DISTINCT doc_id FROM spans WHERE label = NEW.name
    AND doc_id NOT IN (SELECT doc_id FROM depths_stale);
END;
-- A scheme written whole (labels deleted and inserted again) may have moved a label: its
-- documents are recounted.
CREATE TRIGGER labels_added AFTER INSERT ON labels BEGIN
  INSERT INTO depths_stale SELECT DISTINCT doc_id FROM spans WHERE label = NEW.name
    AND doc_id NOT IN (SELECT doc_id FROM depths_stale);
END;
CREATE TRIGGER documents_removed AFTER DELETE ON documents BEGIN
  DELETE FROM span_depths WHERE doc_id = OLD.id;
END;
-- Spans come out in the order export lays them in levels (by start, longer first), read from
-- the index alone.
DROP INDEX spans_doc;
CREATE INDEX spans_doc ON spans(doc_id, start, end DESC, id, label, annotator);
"""

# Suggestions (annotator/suggest): proposed spans and links, what became of them, and the
# project's trained model (schema 4; IF NOT EXISTS, so a file whose version number was set
# back still opens). A label is kept by name, not by foreign key: rewriting the scheme
# deletes and re-inserts labels, and a cascade would wipe every suggestion.
_V4 = """
CREATE TABLE IF NOT EXISTS suggestions (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  label TEXT NOT NULL,
  origin TEXT NOT NULL,      -- the suggester's name: quotes, names, model
  score REAL NOT NULL,
  attributes TEXT NOT NULL DEFAULT '{}',
  state TEXT NOT NULL DEFAULT 'open',  -- open, accepted, rejected
  span_id INTEGER REFERENCES spans(id) ON DELETE SET NULL,  -- the span an accept made
  created_at TEXT NOT NULL,
  CHECK (0 <= start AND start < end),
  CHECK (state IN ('open', 'accepted', 'rejected'))
);
CREATE INDEX IF NOT EXISTS suggestions_doc ON suggestions(doc_id, state, start);
-- head and tail are suggestions, or the tail is a span already in the document
CREATE TABLE IF NOT EXISTS suggestion_links (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  head INTEGER NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
  tail INTEGER REFERENCES suggestions(id) ON DELETE CASCADE,
  tail_span INTEGER REFERENCES spans(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  origin TEXT NOT NULL,
  score REAL NOT NULL,
  CHECK ((tail IS NULL) <> (tail_span IS NULL))
);
CREATE INDEX IF NOT EXISTS suggestion_links_doc ON suggestion_links(doc_id);
CREATE TRIGGER IF NOT EXISTS labels_renamed_suggestions AFTER UPDATE OF name ON labels
  WHEN OLD.name IS NOT NEW.name BEGIN
  UPDATE suggestions SET label = NEW.name WHERE label = OLD.name;
END;
CREATE TABLE IF NOT EXISTS models (
  name TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  trained_at TEXT NOT NULL,
  documents INTEGER NOT NULL,
  info TEXT NOT NULL DEFAULT '{}'
);
"""


def _no_step(conn: sqlite3.Connection) -> None:
    """Version 2 filled the layouts here; version 6 stores them in another form and fills
    them itself (_compact), so an older project is filled once, in the current form."""


# Deleting a span cascades to the relations that name it: without these, every span deleted
# (a label removed with its spans, say) reads the whole relations table.
_V3 = """
CREATE INDEX IF NOT EXISTS relations_head ON relations(head);
CREATE INDEX IF NOT EXISTS relations_tail ON relations(tail);
"""


# Half the size: the search index keeps no copy of the text and indexes each distinct word once
# (store/search.py); the layouts' tokens are stored deflated (core/text/layout.py).
_V5 = """
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(words, content='', columnsize=0, detail=none,
  tokenize='ascii');
-- Every word ever indexed: a query word is looked up inside them (WITHOUT ROWID: the word is
-- the whole row).
CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
-- A token's end is its start plus its length (core/text/layout.py unpack).
ALTER TABLE doc_layouts DROP COLUMN ends;
"""


def _compact(conn: sqlite3.Connection) -> None:
    last = 0
    while True:
        rows = conn.execute("SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT 500",
                            (last,)).fetchall()
        if not rows:
            break
        index_documents(conn, rows)
        last = rows[-1][0]
    last = 0
    while True:
        rows = conn.execute("SELECT doc_id, tokens FROM doc_layouts WHERE doc_id > ? "
                            "ORDER BY doc_id LIMIT 500", (last,)).fetchall()
        if not rows:
            break
        conn.executemany("UPDATE doc_layouts SET tokens = ? WHERE doc_id = ?",
                         [(zlib.compress(tokens, 1), doc_id) for doc_id, tokens in rows])
        last = rows[-1][0]
    while True:  # documents of a version 1 project have none yet
        rows = conn.execute("SELECT d.id, d.text FROM documents d LEFT JOIN doc_layouts y "
                            "ON y.doc_id = d.id WHERE y.doc_id IS NULL ORDER BY d.id LIMIT 500"
                            ).fetchall()
        if not rows:
            return
        store_layouts(conn, rows)


def _to_compact(conn: sqlite3.Connection) -> None:
    # A file already in this form whose version number says otherwise is left as it is.
    if "ends" not in [r[1] for r in conn.execute("PRAGMA table_info(doc_layouts)")]:
        return
    for statement in _statements(_V5):
        conn.execute(statement)
    _compact(conn)


def _document_notes(conn: sqlite3.Connection) -> None:
    # A free-text note on each document (a span's own note is its "note" attribute).
    if "note" not in [r[1] for r in conn.execute("PRAGMA table_info(documents)")]:
        conn.execute("ALTER TABLE documents ADD COLUMN note TEXT NOT NULL DEFAULT ''")


# Counts kept as spans change, so stats() answers at once however many spans there are
# (an aggregate over a million span rows takes about a second). A span's label changes through
# ON UPDATE CASCADE when a label is renamed: the update trigger follows it too.
# (NOT EXISTS then UPDATE rather than an upsert, for the reason given for depths_stale;
# version 8 makes the insert trigger an upsert.)
_V7 = """
CREATE TABLE span_counts (
  label TEXT NOT NULL,
  annotator TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (label, annotator)
) WITHOUT ROWID;
INSERT INTO span_counts SELECT label, annotator, count(*) FROM spans GROUP BY label, annotator;
CREATE TRIGGER spans_counted AFTER INSERT ON spans BEGIN
  INSERT INTO span_counts SELECT NEW.label, NEW.annotator, 0 WHERE NOT EXISTS
    (SELECT 1 FROM span_counts WHERE label = NEW.label AND annotator = NEW.annotator);
  UPDATE span_counts SET n = n + 1 WHERE label = NEW.label AND annotator = NEW.annotator;
END;
CREATE TRIGGER spans_uncounted AFTER DELETE ON spans BEGIN
  UPDATE span_counts SET n = n - 1 WHERE label = OLD.label AND annotator = OLD.annotator;
END;
CREATE TRIGGER spans_recounted AFTER UPDATE OF label, annotator ON spans
WHEN OLD.label IS NOT NEW.label OR OLD.annotator IS NOT NEW.annotator BEGIN
  UPDATE span_counts SET n = n - 1 WHERE label = OLD.label AND annotator = OLD.annotator;
  INSERT INTO span_counts SELECT NEW.label, NEW.annotator, 0 WHERE NOT EXISTS
    (SELECT 1 FROM span_counts WHERE label = NEW.label AND annotator = NEW.annotator);
  UPDATE span_counts SET n = n + 1 WHERE label = NEW.label AND annotator = NEW.annotator;
END;
-- A document's most advanced status, read from the index alone; an annotator's documents of
-- one status (the list's filter, the status bar's counts), in id order.
CREATE INDEX IF NOT EXISTS statuses_doc_status ON statuses(doc_id, status);
CREATE INDEX IF NOT EXISTS statuses_annotator ON statuses(annotator, status, doc_id);
-- The document list's orders (by id, by title) read from small indexes: a document's row
-- holds its whole text, so walking the table to list ids read the whole file.
CREATE INDEX IF NOT EXISTS documents_order ON documents(id);
CREATE INDEX IF NOT EXISTS documents_title ON documents(title);
"""


def _counted(conn: sqlite3.Connection) -> None:
    # A file already counted whose version number says otherwise is left as it is.
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                    "AND name = 'span_counts'").fetchone() is None:
        for statement in _statements(_V7):
            conn.execute(statement)


# Upserts in place of "INSERT ... WHERE NOT EXISTS" in the triggers a span row fires: with
# foreign keys on, the subquery form cost about 40 us a row, most of an import's span inserts
# (0.70 s against 0.13 s for 10,000 spans). An upsert keeps its DO clause whatever conflict
# clause the outer statement or an ON UPDATE CASCADE carries, which OR IGNORE does not.
# (A bulk import drops the two a span insert fires for its batch and does their work once at
# its end: spans.Spans.inserted_in_bulk.)
SPAN_INSERT_TRIGGERS = {
    "spans_added": """CREATE TRIGGER spans_added AFTER INSERT ON spans BEGIN
  INSERT INTO depths_stale VALUES (NEW.doc_id) ON CONFLICT DO NOTHING;
END""",
    "spans_counted": """CREATE TRIGGER spans_counted AFTER INSERT ON spans BEGIN
  INSERT INTO span_counts VALUES (NEW.label, NEW.annotator, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END"""}
_V8 = """
DROP TRIGGER spans_added;
DROP TRIGGER spans_removed;
DROP TRIGGER spans_changed;
DROP TRIGGER spans_counted;
DROP TRIGGER spans_recounted;
""" + "".join(sql + ";\n" for sql in SPAN_INSERT_TRIGGERS.values()) + """
CREATE TRIGGER spans_removed AFTER DELETE ON spans BEGIN
  INSERT INTO depths_stale VALUES (OLD.doc_id) ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER spans_changed AFTER UPDATE OF doc_id, start, end, label ON spans BEGIN
  INSERT INTO depths_stale VALUES (OLD.doc_id) ON CONFLICT DO NOTHING;
  INSERT INTO depths_stale VALUES (NEW.doc_id) ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER spans_recounted AFTER UPDATE OF label, annotator ON spans
WHEN OLD.label IS NOT NEW.label OR OLD.annotator IS NOT NEW.annotator BEGIN
  UPDATE span_counts SET n = n - 1 WHERE label = OLD.label AND annotator = OLD.annotator;
  INSERT INTO span_counts VALUES (NEW.label, NEW.annotator, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
"""


# Every foreign key indexed (schema 9): a row deleted in the parent table looks up its children
# by the key, and without an index each delete scanned the child table. `suggest` run again
# replaces a document's suggestions, and each one's ON DELETE CASCADE read all of
# suggestion_links (62 s of CPU for 1,000 documents on the second run, 12.5 s with these).
# tests/unit/test_store_schema.py checks every key of every table has an index it leads.
_V9 = """
CREATE INDEX IF NOT EXISTS labels_layer ON labels(layer);
CREATE INDEX IF NOT EXISTS suggestions_span ON suggestions(span_id);
CREATE INDEX IF NOT EXISTS suggestion_links_head ON suggestion_links(head);
CREATE INDEX IF NOT EXISTS suggestion_links_tail ON suggestion_links(tail);
CREATE INDEX IF NOT EXISTS suggestion_links_tail_span ON suggestion_links(tail_span);
"""


# A team server's working copy (annotator/server): each span and link gets a stable id when it
# first travels (chosen on the desktop), and the changes made here are recorded, in the same
# transaction as each edit, for the next sync to send. The recording triggers are created only
# in a working copy (core/store/changelog.py), so other projects pay nothing.
_V10 = """
CREATE UNIQUE INDEX IF NOT EXISTS spans_uid ON spans(uid) WHERE uid IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS relations_uid ON relations(uid) WHERE uid IS NOT NULL;
CREATE TABLE IF NOT EXISTS sync_log (
  seq INTEGER PRIMARY KEY,
  tbl TEXT NOT NULL,       -- spans, relations, statuses, documents, scheme, label_renamed
  row_id INTEGER,          -- the local id (spans, relations) or the document (statuses)
  uid TEXT,                -- the stable id of a removed span or link, once it had travelled
  annotator TEXT,
  detail TEXT              -- a label renamed: its old and new names (JSON)
);
"""


def _working_copy(conn: sqlite3.Connection) -> None:
    # the columns first (a file that has them is left as it is), then the script's indexes
    for table in ("spans", "relations"):
        if "uid" not in [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
    for statement in _statements(_V10):
        conn.execute(statement)


# Index i takes a project from version i to i + 1: a script; a script and a Python step on the
# connection; or a function given a sqlite_utils.Database (for a `transform`, which rebuilds a
# table with its data). No step so far needs sqlite-utils: importing it imports pandas where
# that is installed, and every project open builds the schema in memory (store/shape.py).
Step = (str | tuple[str, Callable[[sqlite3.Connection], None]]
        | Callable[["sqlite_utils.Database"], None])
MIGRATIONS: list[Step] = [_V1, (_V2, _no_step), _V3, _V4, ("", _document_notes),
                          ("", _to_compact), ("", _counted), _V8, _V9, ("", _working_copy)]
# Upgrading from these versions or older frees much of the file: it is compacted after the
# commit.
_SHRINKS = {5}
SCHEMA_VERSION = len(MIGRATIONS)


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over a project connection (no recursive triggers: ours never recurse)."""
    import sqlite_utils
    return sqlite_utils.Database(conn, recursive_triggers=False)


def migrate(conn: sqlite3.Connection) -> bool:
    """Bring the schema up to date in one transaction; True if the file was new."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version >= SCHEMA_VERSION:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in MIGRATIONS[version:]:
            if callable(step):
                step(database(conn))
                continue
            script, after = (step, None) if isinstance(step, str) else step
            for statement in _statements(script):
                conn.execute(statement)
            if after is not None:
                after(conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if version and any(v >= version for v in _SHRINKS):
        try:  # outside the transaction; the upgrade stands whether or not this succeeds
            conn.execute("VACUUM")
        except sqlite3.Error:
            pass
    return version == 0


def _statements(script: str) -> list[str]:
    # executescript() would commit on its own; split so the whole migration is one transaction
    # (a trigger's body holds semicolons: a statement ends where SQLite says it is complete).
    lines = [ln for ln in script.splitlines() if not ln.strip().startswith("--")]
    out, current = [], ""
    for piece in "\n".join(lines).split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                out.append(current.strip())
            current = ""
    return out
