"""The project file's schema and its migrations, by version (PRAGMA user_version)."""
from __future__ import annotations

import sqlite3

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

# Index i holds the script that takes a project from version i to i + 1.
MIGRATIONS: list[str] = [_V1]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> bool:
    """Bring the schema up to date in one transaction; True if the file was new."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version >= SCHEMA_VERSION:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        for script in MIGRATIONS[version:]:
            for statement in _statements(script):
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version == 0


def _statements(script: str) -> list[str]:
    # executescript() would commit on its own; split so the whole migration is one transaction.
    lines = [ln for ln in script.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
