"""Opening a project file safely: refuse what is not ours before writing a single byte.

Also how the project behaves when it is shared or broken: writers wait their turn (a busy
timeout, `ANNOTATOR_BUSY_TIMEOUT` seconds, default 60, reporting while they wait), a project
that cannot be written is opened read-only (export and search still work), and SQLite's errors
become one-line reasons (`describe`).
"""
from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from annotator.core.messages import located, tr
from annotator.core.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from annotator.core.store.shape import problem

if TYPE_CHECKING:
    from annotator.core.events import Events

_SQLITE_MAGIC = b"SQLite format 3\x00"


class ProjectError(Exception):
    """The project file cannot be opened or used; the message says why."""


_SLICE_MS = 500   # a writer waiting for the lock looks up (and reports) this often


def busy_timeout() -> float:
    """Seconds a writer waits for another one to finish before giving up."""
    try:
        return max(0.0, float(os.environ.get("ANNOTATOR_BUSY_TIMEOUT", "60")))
    except ValueError:
        return 60.0


def interruptible(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Let Ctrl+C stop a long statement. SQLite runs a query without returning to Python, so
    a signal waits for it to end (forever, for a crafted view over an endless query); with a
    progress handler Python's signal handler runs inside it, and the statement ends with
    SQLITE_INTERRUPT (`is_interrupted`)."""
    conn.set_progress_handler(_tick, 100_000)
    return conn


def _tick() -> int:
    return 0


def is_interrupted(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) and (
        getattr(exc, "sqlite_errorname", "") == "SQLITE_INTERRUPT" or str(exc) == "interrupted")


def describe(exc: sqlite3.Error) -> str:
    """One line saying what went wrong, in the user's terms."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if is_interrupted(exc):
        return tr("interrupted")
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return tr("disk full")
    if name.startswith("SQLITE_BUSY") or "database is locked" in text:
        return tr("busy: another program kept the project locked for more than {seconds:g} s; "
                  "try again when it has finished", seconds=busy_timeout())
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return tr("read-only: the project file or its folder cannot be written")
    if name.startswith("SQLITE_IOERR") or "disk I/O" in text:
        return tr("disk error: {error}", error=text)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return tr("damaged project file: {error}", error=text)
    return text


def _writable(path: Path) -> bool:
    """Whether we may write the file and create its journal beside it."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


JOURNALS = ("-wal", "-shm", "-journal")   # the files SQLite keeps beside a project


def names_project(candidate: str | Path, project: str | Path) -> bool:
    """Whether `candidate` is the project file or one of its journals under any name (./, ..,
    a symbolic or hard link): the same real path, or the same device and inode. By stat()
    alone, never open(): this process may hold a connection to the project."""
    candidate = os.fspath(candidate)   # (no Path per call: pathlib interns what it parses)
    real, seen = None, None
    try:
        real = os.path.realpath(candidate)
        seen = os.stat(candidate)
    except (OSError, ValueError):
        pass
    project = os.fspath(project)
    for name in (project, *(project + j for j in JOURNALS)):
        try:
            if os.path.realpath(name) == real:
                return True
            if seen is not None:
                other = os.stat(name)
                if (other.st_dev, other.st_ino) == (seen.st_dev, seen.st_ino):
                    return True
        except (OSError, ValueError):
            continue
    return False


def check_project_file(path: Path) -> None:
    """Raise ProjectError if `path` exists but is not a project this version can open."""
    if not path.exists():
        return
    if path.is_dir():
        raise ProjectError(located(str(path), None, tr("is a folder, not a project file")))
    # Never open() the file: this process may hold a connection to it, and closing any other
    # descriptor of the file drops all its POSIX locks (SQLite's "How To Corrupt" 2.2).
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ProjectError(located(str(path), None, tr("cannot read: {error}",
                                                       error=exc.strerror))) from None
    if not os.access(path, os.R_OK):
        raise ProjectError(located(str(path), None, tr("cannot read: {error}",
                                                       error=os.strerror(13))))
    if size < len(_SQLITE_MAGIC):
        raise ProjectError(located(str(path), None, tr(
            "not an annotator project (not a SQLite database)")))
    app_id, version = _header(path)
    if app_id != APPLICATION_ID:
        raise ProjectError(located(str(path), None, tr(
            "not an annotator project (a SQLite database of another program); it was left "
            "untouched")))
    if version > SCHEMA_VERSION:
        raise ProjectError(located(str(path), None, tr(
            "made by a newer version of annotator (schema {version}; this version reads up to "
            "{known}); it was left untouched", version=version, known=SCHEMA_VERSION)))


def _header(path: Path) -> tuple[int, int]:
    """(application_id, user_version), read without writing anything."""
    error: sqlite3.Error | None = None
    # A WAL file in a folder we cannot write opens only as immutable (no -shm can be made).
    for suffix in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            ro = sqlite3.connect(f"{path.resolve().as_uri()}{suffix}", uri=True)
            try:
                found = (ro.execute("PRAGMA application_id").fetchone()[0],
                         ro.execute("PRAGMA user_version").fetchone()[0])
                # A file of ours from elsewhere: its tables must be tables, with their columns
                # (a view over an endless query would hang every read), before it is used.
                wrong = problem(ro, found[1]) if found == (APPLICATION_ID, found[1]) and \
                    0 < found[1] <= SCHEMA_VERSION else None
            finally:
                ro.close()
            if wrong is not None:
                raise ProjectError(located(str(path), None, tr(
                    "damaged or tampered project file: {reason}; it was left untouched",
                    reason=wrong)))
            return found
        except sqlite3.Error as exc:
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB" or \
                    "not a database" in str(exc):
                raise ProjectError(located(str(path), None, tr(
                    "not an annotator project (not a SQLite database)"))) from None
            error = exc
    raise ProjectError(located(str(path), None, tr("unreadable database: {error}",
                                                   error=str(error))))


def connect(path: Path) -> tuple[sqlite3.Connection, bool]:
    """Open (creating if needed) and migrate; returns the connection and whether it is new.
    A project we cannot write is opened read-only (`PRAGMA query_only` is then on)."""
    check_project_file(path)
    if not path.exists() and not path.parent.is_dir():
        raise ProjectError(located(str(path), None, tr("folder {folder} does not exist",
                                                       folder=str(path.parent))))
    if path.exists() and not _writable(path):
        return _connect_read_only(path), False
    conn, existed = None, path.exists()
    try:
        # Autocommit mode: transactions are explicit (Transactions below), never implicit.
        conn = interruptible(sqlite3.connect(str(path), isolation_level=None,
                                             check_same_thread=False, timeout=busy_timeout()))
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: a committed edit survives the process being killed.
        conn.execute("PRAGMA synchronous = NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        created = migrate(conn)
        # an older file is checked in full once upgraded
        wrong = problem(conn, SCHEMA_VERSION) if 0 < version < SCHEMA_VERSION else None
        conn.execute(f"PRAGMA busy_timeout = {_SLICE_MS}")  # Transactions wait in slices
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        if _no_room(exc) and existed:
            # A full disk (no room for the -wal or -shm): the project can still be read.
            return _connect_read_only(path), False
        raise ProjectError(located(str(path), None, tr("cannot open project: {reason}",
                                                       reason=describe(exc)))) from None
    except Exception as exc:  # an upgrade step failing in Python: the file is as it was
        if conn is not None:
            conn.close()
        raise ProjectError(located(str(path), None, tr("cannot upgrade project: {error}",
                                                       error=str(exc)))) from None
    if wrong is not None:
        conn.close()
        raise ProjectError(located(str(path), None, tr(
            "damaged or tampered project file: {reason}", reason=wrong)))
    return conn, created


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri()
    # A WAL project in a folder we cannot write has no -shm to share: read it as immutable.
    for suffix in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            conn = interruptible(sqlite3.connect(uri + suffix, uri=True, isolation_level=None,
                                                 check_same_thread=False,
                                                 timeout=busy_timeout()))
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            error = exc
            continue
        if version < SCHEMA_VERSION:
            return _upgraded_in_memory(path, conn)
        return conn
    raise ProjectError(located(str(path), None, tr("cannot open the read-only project: "
                                                   "{reason}", reason=describe(error))))


_IN_MEMORY_LIMIT = 256 << 20   # an older read-only project up to this size is read upgraded


def _upgraded_in_memory(path: Path, conn: sqlite3.Connection) -> sqlite3.Connection:
    """An older project we cannot write: copied into memory and upgraded there, so it can be
    read (export, search, stats) while the file stays as it is. A larger one is refused with
    the way to upgrade it."""
    try:
        size = path.stat().st_size
    except OSError:
        size = _IN_MEMORY_LIMIT + 1
    if size > _IN_MEMORY_LIMIT:
        conn.close()
        raise ProjectError(located(str(path), None, tr(
            "read-only, and made by an older version of annotator: copy it to a folder you "
            "can write and open the copy once, which upgrades it (for example `cp {path} "
            "copy.annotator && annotator stats --db copy.annotator`)", path=str(path))))
    memory = interruptible(sqlite3.connect(":memory:", isolation_level=None,
                                           check_same_thread=False))
    try:
        conn.backup(memory)
        memory.execute("PRAGMA foreign_keys = ON")
        migrate(memory)
        wrong = problem(memory, SCHEMA_VERSION)
        memory.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        memory.close()
        raise ProjectError(located(str(path), None, tr(
            "read-only, and made by an older version of annotator; reading it upgraded in "
            "memory failed: {reason}", reason=describe(exc)))) from None
    finally:
        conn.close()
    if wrong is not None:
        memory.close()
        raise ProjectError(located(str(path), None, tr(
            "damaged or tampered project file: {reason}", reason=wrong)))
    return memory


def read_only_reason(path: Path) -> str:
    """Why a project opened read-only: permissions, or (where we may write) a full disk."""
    if _writable(path):
        return tr("read-only: the disk is full (no room for the project's journal)")
    return tr("read-only: the project file or its folder cannot be written")


def is_read_only(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("PRAGMA query_only").fetchone()[0])


Waiting = Callable[[float], None]   # called with the seconds waited so far


class Transactions:
    """Nested transactions: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    Changes announced inside go out when the outermost commits, and are dropped with a
    rollback (core/events.py).

    BEGIN IMMEDIATE waits for another writer in slices, calling `waiting` after each, until the
    busy timeout; a rollback never hides the error that caused it."""

    def __init__(self, conn: sqlite3.Connection, events: "Events | None" = None,
                 waiting: Waiting | None = None):
        self._conn = conn
        self._depth = 0
        self._shared = False   # inside whole(): nested transactions open no savepoint
        self._events = events
        self.waiting = waiting

    def _begin(self) -> None:
        started = time.monotonic()
        limit = busy_timeout()
        while True:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                waited = time.monotonic() - started
                if not _is_busy(exc) or waited >= limit:
                    raise
                if self.waiting:
                    self.waiting(waited)

    @contextmanager
    def whole(self) -> Iterator[None]:
        """Inside an open transaction: the transactions nested in this block open no savepoint
        of their own, they are part of the enclosing one. For a caller that rolls back all it
        did when anything fails (an import's file): a savepoint per record and per part costs
        more than the records' own rows."""
        if not self._depth:
            raise RuntimeError("whole() needs an open transaction")
        shared, self._shared = self._shared, True
        try:
            yield
        finally:
            self._shared = shared

    @contextmanager
    def __call__(self) -> Iterator[None]:
        conn, depth, events = self._conn, self._depth, self._events
        if self._shared:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        name = f"sp{depth}"
        if depth == 0:
            self._begin()
        else:
            conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        mark = events.began() if events is not None else 0
        try:
            yield
        except BaseException:
            self._depth -= 1
            try:
                self._undo(depth, name)
            finally:
                if events is not None:
                    events.rolled_back(mark)
            raise
        self._depth -= 1
        try:
            conn.execute("COMMIT" if depth == 0 else f"RELEASE {name}")
        except BaseException:
            try:
                if depth == 0:
                    self._undo(depth, name)
            finally:
                if events is not None:
                    events.rolled_back(mark)
            raise
        if events is not None:
            events.committed()

    def _undo(self, depth: int, name: str) -> None:
        # SQLite may have rolled back on its own (a full disk): then there is nothing to undo,
        # and "cannot rollback" must not replace the real error.
        if not self._conn.in_transaction:
            return
        try:
            if depth == 0:
                self._conn.execute("ROLLBACK")
            else:
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")
        except sqlite3.Error:
            pass

    @property
    def active(self) -> bool:
        return self._depth > 0


def _no_room(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_FULL", "SQLITE_IOERR")) or "disk is full" in str(exc) \
        or "disk I/O" in str(exc)


def _is_busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith("SQLITE_BUSY") or "database is locked" in str(exc)
