"""What every part of the store is given: the connection, transactions and the announcements."""
from __future__ import annotations

import sqlite3
from functools import cached_property
from typing import TYPE_CHECKING

from annotator.core.events import Change, Events
from annotator.core.store.connection import Transactions

if TYPE_CHECKING:
    import sqlite_utils


class Store:
    def __init__(self, conn: sqlite3.Connection, transaction: Transactions, events: Events):
        self.conn = conn
        self.transaction = transaction
        self.events = events

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the connection, made on first use: importing sqlite-utils
        imports pandas when it is installed (0.28 s of CPU and 34 MB), which a command that
        never writes the scheme or depths must not pay at start-up
        (tests/unit/test_startup_imports.py)."""
        from annotator.core.store.schema import database
        return database(self.conn)


class Part:
    """One table family. Parts never reach into each other: a part that needs another is
    handed it when it is made (see project.py)."""

    def __init__(self, store: Store):
        self.conn = store.conn
        self._store = store
        self.transaction = store.transaction
        self.events = store.events

    @property
    def db(self) -> sqlite_utils.Database:
        return self._store.db

    def announce(self, change: Change) -> None:
        self.events.announce(change)
