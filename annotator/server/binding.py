"""Which server a working copy syncs with and how far it has got: kept in the project's
`settings` table (the URL without its password), beside the change log."""
from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass

from annotator.core.store import changelog


@dataclass
class Binding:
    url: str          # libpq URL or string, never with a password
    login: str        # the login it syncs as
    lead: bool        # the lead's copy: sends and receives every annotator's work
    xmin: str         # the oldest server transaction a pull has not seen (xid8, as text)
    sent: int         # the last sync_log entry sent



def read(conn: sqlite3.Connection) -> Binding | None:
    rows = dict(conn.execute("SELECT key, value FROM settings WHERE key LIKE 'server.%'"))
    if "server.url" not in rows:
        return None
    return Binding(rows["server.url"], rows.get("server.login", ""),
                   rows.get("server.lead") == "1", rows.get("server.xmin", "0"),
                   int(rows.get("server.sent", "0")))


def write(conn: sqlite3.Connection, b: Binding) -> None:
    """In the caller's transaction."""
    conn.executemany("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                     [("server.url", b.url), ("server.login", b.login),
                      ("server.lead", "1" if b.lead else "0"), ("server.xmin", b.xmin),
                      ("server.sent", str(b.sent))])


def set_progress(conn: sqlite3.Connection, *, sent: int | None = None,
                 xmin: str | None = None) -> None:
    """Record how far a sync got (only the field given: a background sync and the window each
    write their own); in the caller's transaction."""
    if sent is not None:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('server.sent', ?)",
                     (str(sent),))
    if xmin is not None:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('server.xmin', ?)",
                     (xmin,))


def give_uids(conn: sqlite3.Connection, table: str, ids: list[int] | None = None) -> None:
    """A stable id for every row of `table` (spans, relations) that has none, or of `ids`;
    in the caller's transaction, not recorded as a change."""
    where = "uid IS NULL" + ("" if ids is None else
                             f" AND id IN ({','.join(str(int(i)) for i in ids)})")
    missing = [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE {where}")]
    with changelog.applying(conn):
        conn.executemany(f"UPDATE {table} SET uid = ? WHERE id = ?",
                         [(str(uuid.uuid4()), i) for i in missing])
