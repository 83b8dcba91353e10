"""Per-annotator document status (new, in progress, done, skipped)."""
from __future__ import annotations

from annotator.core.events import Change, Kind
from annotator.core.model import Status, overall_status
from annotator.core.store.documents import now
from annotator.core.store.part import Part


class Statuses(Part):
    def set(self, doc_id: int, annotator: str, status: Status | str) -> None:
        status = Status.parse(status)
        with self.transaction():
            old = self.get(doc_id, annotator)
            self.db.table("statuses").upsert(
                {"doc_id": doc_id, "annotator": annotator, "status": status.value,
                 "updated_at": now()}, pk=("doc_id", "annotator"))
            if old != status:
                self.announce(Change(Kind.STATUS_CHANGED, doc_id, annotator=annotator,
                                     old=old, new=status))

    def get(self, doc_id: int, annotator: str | None = None) -> Status:
        """One annotator's status, or (None) the most advanced of all annotators'."""
        if annotator is None:
            rows = self.conn.execute("SELECT status FROM statuses WHERE doc_id = ?", (doc_id,))
            return overall_status([r[0] for r in rows])
        row = self.conn.execute("SELECT status FROM statuses WHERE doc_id = ? AND annotator = ?",
                                (doc_id, annotator)).fetchone()
        return Status(row[0]) if row else Status.NEW

    def by_annotator(self, doc_id: int) -> dict[str, Status]:
        return {a: Status(s) for a, s in self.conn.execute(
            "SELECT annotator, status FROM statuses WHERE doc_id = ? ORDER BY annotator",
            (doc_id,))}
