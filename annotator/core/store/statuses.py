"""Per-annotator document status (new, in progress, done, skipped)."""
from __future__ import annotations

from annotator.core.events import Change, Kind
from annotator.core.model import Status, overall_status
from annotator.core.store.documents import now
from annotator.core.store.part import Part


# Plain SQL: sqlite-utils' upsert inspects the table on every call (a third of an import's
# time when each record carried a status).
_UPSERT = ("INSERT INTO statuses (doc_id, annotator, status, updated_at) VALUES (?, ?, ?, ?) "
           "ON CONFLICT (doc_id, annotator) DO UPDATE SET status = excluded.status, "
           "updated_at = excluded.updated_at")


class Statuses(Part):
    def set(self, doc_id: int, annotator: str, status: Status | str) -> None:
        status = Status.parse(status)
        with self.transaction():
            old = self.get(doc_id, annotator)
            self.conn.execute(_UPSERT, (doc_id, annotator, status.value, now()))
            if old != status:
                self.announce(Change(Kind.STATUS_CHANGED, doc_id, annotator=annotator,
                                     old=old, new=status))

    def set_new(self, rows: list[tuple[int, str, str]]) -> None:
        """(doc_id, annotator, status) of documents that had no status for that annotator
        (just imported), written in one statement."""
        if not rows:
            return
        stamp = now()
        with self.transaction():
            self.conn.executemany(_UPSERT, [(d, a, Status.parse(s).value, stamp)
                                            for d, a, s in rows])
            for d, a, s in rows:
                self.announce(Change(Kind.STATUS_CHANGED, d, annotator=a, old=Status.NEW,
                                     new=Status.parse(s)))

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
