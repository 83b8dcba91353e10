"""Trained models kept inside the project file, so suggestions survive a restart and a
project copied to another laptop brings its model along."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from annotator.core.store.documents import now
from annotator.core.store.part import Part


@dataclass
class StoredModel:
    name: str
    data: bytes
    trained_at: str
    documents: int
    info: dict[str, Any] = field(default_factory=dict)


class Models(Part):
    """The models part of a project: one row per model name, replaced whole on save."""

    def save(self, name: str, data: bytes, documents: int,
             info: dict[str, Any] | None = None) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO models (name, data, trained_at, documents, info) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data, "
                "trained_at = excluded.trained_at, documents = excluded.documents, "
                "info = excluded.info",
                (name, data, now(), documents, json.dumps(info or {}, ensure_ascii=False)))

    def load(self, name: str) -> StoredModel | None:
        row = self.conn.execute("SELECT name, data, trained_at, documents, info FROM models "
                                "WHERE name = ?", (name,)).fetchone()
        if row is None:
            return None
        # A project file may come from elsewhere: a row that is not what save() writes is
        # handed on as it is (info None, data not bytes), for the suggester to refuse.
        try:
            info = json.loads(row[4]) if isinstance(row[4], str) else None
        except (ValueError, RecursionError):
            info = None
        data = row[1] if isinstance(row[1], bytes) else None
        return StoredModel(row[0], data, row[2], row[3], info)  # type: ignore[arg-type]

    def delete(self, name: str) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM models WHERE name = ?", (name,))
