"""Opening a project file safely: refuse what is not ours before writing a single byte."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from annotator.core.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate

if TYPE_CHECKING:
    from annotator.core.events import Events

_SQLITE_MAGIC = b"SQLite format 3\x00"


class ProjectError(Exception):
    """The project file cannot be opened or used; the message says why."""


def check_project_file(path: Path) -> None:
    """Raise ProjectError if `path` exists but is not a project this version can open."""
    if not path.exists():
        return
    if path.is_dir():
        raise ProjectError(f"{path}: is a folder, not a project file")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectError(f"{path}: cannot read: {exc.strerror}") from None
    if head != _SQLITE_MAGIC:
        raise ProjectError(f"{path}: not an annotator project (not a SQLite database)")
    try:
        ro = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = ro.execute("PRAGMA application_id").fetchone()[0]
            version = ro.execute("PRAGMA user_version").fetchone()[0]
        finally:
            ro.close()
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"{path}: unreadable database: {exc}") from None
    if app_id != APPLICATION_ID:
        raise ProjectError(f"{path}: not an annotator project (a SQLite database of another "
                           "program); it was left untouched")
    if version > SCHEMA_VERSION:
        raise ProjectError(f"{path}: made by a newer version of annotator (schema {version}; "
                           f"this version reads up to {SCHEMA_VERSION}); it was left untouched")


def connect(path: Path) -> tuple[sqlite3.Connection, bool]:
    """Open (creating if needed) and migrate; returns the connection and whether it is new."""
    check_project_file(path)
    if not path.exists() and not path.parent.is_dir():
        raise ProjectError(f"{path}: folder {path.parent} does not exist")
    try:
        # Autocommit mode: transactions are explicit (Transactions below), never implicit.
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: a committed edit survives the process being killed.
        conn.execute("PRAGMA synchronous = NORMAL")
        created = migrate(conn)
    except sqlite3.Error as exc:
        raise ProjectError(f"{path}: cannot open project: {exc}") from None
    except Exception as exc:  # an upgrade step failing in Python: the file is as it was
        conn.close()
        raise ProjectError(f"{path}: cannot upgrade project: {exc}") from None
    return conn, created


class Transactions:
    """Nested transactions: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    Changes announced inside go out when the outermost commits, and are dropped with a
    rollback (core/events.py)."""

    def __init__(self, conn: sqlite3.Connection, events: "Events | None" = None):
        self._conn = conn
        self._depth = 0
        self._events = events

    @contextmanager
    def __call__(self) -> Iterator[None]:
        conn, depth, events = self._conn, self._depth, self._events
        name = f"sp{depth}"
        conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        mark = events.began() if events is not None else 0
        try:
            yield
        except BaseException:
            self._depth -= 1
            try:
                if depth == 0:
                    conn.execute("ROLLBACK")
                else:
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
            finally:
                if events is not None:
                    events.rolled_back(mark)
            raise
        self._depth -= 1
        try:
            conn.execute("COMMIT" if depth == 0 else f"RELEASE {name}")
        except BaseException:
            if events is not None:
                events.rolled_back(mark)
            raise
        if events is not None:
            events.committed()

    @property
    def active(self) -> bool:
        return self._depth > 0
