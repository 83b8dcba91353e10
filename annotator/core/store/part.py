"""What every part of the store is given: the connection, transactions and the announcements."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import sqlite_utils

from annotator.core.events import Change, Events
from annotator.core.store.connection import Transactions


@dataclass(frozen=True)
class Store:
    conn: sqlite3.Connection
    db: sqlite_utils.Database
    transaction: Transactions
    events: Events


class Part:
    """One table family. Parts never reach into each other: a part that needs another is
    handed it when it is made (see project.py)."""

    def __init__(self, store: Store):
        self.conn = store.conn
        self.db = store.db
        self.transaction = store.transaction
        self.events = store.events

    def announce(self, change: Change) -> None:
        self.events.announce(change)
