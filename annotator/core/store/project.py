"""The project: one SQLite file holding documents, spans, statuses and the label scheme.

Every public method that writes does so in its own transaction, committed before it returns;
there is no unsaved state. Callers group several writes with `with project.transaction():`.
"""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from annotator.core.resources import default_scheme_path
from annotator.core.scheme import load_scheme
from annotator.core.store.connection import ProjectError, Transactions, connect, is_read_only
from annotator.core.store.depths import DepthsMixin
from annotator.core.store.documents import DocumentsMixin
from annotator.core.store.labels import LabelsMixin
from annotator.core.store.layouts import LayoutsMixin
from annotator.core.store.queries import QueriesMixin
from annotator.core.store.spans import SpansMixin
from annotator.core.model import Scheme


class Project(DocumentsMixin, SpansMixin, LabelsMixin, QueriesMixin, LayoutsMixin,
              DepthsMixin):
    def __init__(self, path: str | Path, *, scheme: Scheme | None = None):
        """Open a project file, creating it (with `scheme`, or the default) if missing.
        Raises ProjectError, leaving the file untouched, if it is not a project we can open."""
        self.path = Path(path)
        self.conn, self.created = connect(self.path)
        self.db = sqlite_utils.Database(self.conn)
        self.transaction = Transactions(self.conn)
        # Opened read-only (file or folder not writable): reading, export and search work.
        self.read_only = is_read_only(self.conn)
        if self.created:
            self.write_scheme(scheme or load_scheme(default_scheme_path()))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


__all__ = ["Project", "ProjectError"]
