"""The project store: SQLite through sqlite-utils, atomic writes, schema migrations."""
from annotator.core.store.connection import ProjectError
from annotator.core.store.project import Project
from annotator.core.store.spans import SpanError

__all__ = ["Project", "ProjectError", "SpanError"]
