"""The project: one SQLite file holding documents, spans, statuses and the label scheme.

A small composition of parts, each owning one table family (see docs/architecture.md):
documents, statuses, spans (and relations), labels (the scheme), search, layouts. Every public
method that writes does so in its own transaction, committed before it returns, and announces
what it changed on `events` once committed; callers group several writes with
`with project.transaction():`.
"""
from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from annotator.core.events import Events
from annotator.core.model import Scheme
from annotator.core.resources import default_scheme_path
from annotator.core.scheme import load_scheme
from annotator.core.store.connection import ProjectError, Transactions, connect, is_read_only
from annotator.core.store.documents import Documents
from annotator.core.store.labels import Labels
from annotator.core.store.layouts import Layouts
from annotator.core.store.models import Models
from annotator.core.store.part import Store
from annotator.core.store.search import Search
from annotator.core.store.spans import Spans
from annotator.core.store.statuses import Statuses
from annotator.core.store.suggestions import Suggestions

if TYPE_CHECKING:
    import sqlite_utils


class Project:
    def __init__(self, path: str | Path, *, scheme: Scheme | None = None):
        """Open a project file, creating it (with `scheme`, or the default) if missing.
        Raises ProjectError, leaving the file untouched, if it is not a project we can open."""
        self.path = Path(path)
        self.conn, self.created = connect(self.path)
        self.events = Events()
        self.transaction = Transactions(self.conn, self.events)
        # Opened read-only (file or folder not writable): reading, export and search work.
        self.read_only = is_read_only(self.conn)
        store = self._store = Store(self.conn, self.transaction, self.events)
        self.labels = Labels(store)
        self.search = Search(store)
        self.layouts = Layouts(store)
        self.documents = Documents(store, search=self.search, layouts=self.layouts)
        self.statuses = Statuses(store)
        self.spans = Spans(store, labels=self.labels)
        self.suggestions = Suggestions(store, spans=self.spans)
        self.models = Models(store)
        if self.created:
            self.labels.write(scheme or load_scheme(default_scheme_path()))

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the project's connection (made on first use: store/part.py)."""
        return self._store.db

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


__all__ = ["Project", "ProjectError"]
