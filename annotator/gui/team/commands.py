"""Curation edits as QUndoCommands calling the store: accept spans (and links) into the gold
annotation, remove a gold span, relabel one. Several spans accepted with one key are one
command and one transaction. Views follow through the store's announcements."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.core.model import Origin, Relation, Span
from annotator.core.store import Project

translate = QCoreApplication.translate

class AcceptSpans(QUndoCommand):
    """Copies annotators' spans (label, edges, attributes) into the gold; then the links
    among the accepted ends, if any are given."""

    def __init__(self, project: Project, doc_id: int, spans: list[Span], gold: str, text: str,
                 links: list[tuple[Span, Span, str]] = ()):  # type: ignore[assignment]
        super().__init__(text)
        self.project, self.doc_id, self.gold = project, doc_id, gold
        self.sources = spans
        self.links = list(links)
        self.created: list[Span] = []
        self.created_links: list[Relation] = []
        self.existing: dict[tuple[int, int, str], int] = {}

    def redo(self) -> None:
        with self.project.transaction():
            if not self.created:
                for span in self.sources:
                    self.created.append(self.project.spans.add(
                        self.doc_id, span.start, span.end, span.label, annotator=self.gold,
                        origin=Origin.MANUAL, attributes=dict(span.attributes)))
            else:
                self.created = [self.project.spans.restore(s) for s in self.created]
            gold_ids = self._gold_ids()
            if not self.created_links:
                self.created_links = [
                    self.project.spans.add_relation(self.doc_id, gold_ids[_key(h)], gold_ids[_key(t)],
                                              kind, annotator=self.gold)
                    for h, t, kind in self.links]
            else:
                self.created_links = [
                    self.project.spans.add_relation(r.doc_id, r.head, r.tail, r.type,
                                              annotator=r.annotator, relation_id=r.id)
                    for r in self.created_links]

    def undo(self) -> None:
        with self.project.transaction():
            for rel in self.created_links:
                self.project.spans.delete_relation(rel.id)  # type: ignore[arg-type]
            for span in reversed(self.created):
                self.project.spans.delete(span.id)  # type: ignore[arg-type]

    def _gold_ids(self) -> dict[tuple[int, int, str], int]:
        return {(s.start, s.end, s.label): s.id for s in self.project.spans.of(self.doc_id)
                if s.annotator == self.gold and s.id is not None}


def _key(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.label


class RemoveGold(QUndoCommand):
    def __init__(self, project: Project, span: Span):
        super().__init__(translate("Curation", "remove %1 from the gold").replace("%1", span.label))
        self.project, self.span_id = project, span.id
        self.doc_id = span.doc_id
        self.removed: tuple[Span, list[Relation]] | None = None

    def redo(self) -> None:
        self.removed = self.project.spans.delete(self.span_id)  # type: ignore[arg-type]

    def undo(self) -> None:
        assert self.removed is not None
        self.project.spans.restore(*self.removed)


class EditGold(QUndoCommand):
    """A gold span's label or edges changed by the curator."""

    def __init__(self, project: Project, span: Span, *, label: str | None = None,
                 start: int | None = None, end: int | None = None):
        super().__init__(translate("Curation", "edit gold %1").replace("%1", span.label))
        self.project = project
        self.before = span
        self.label, self.start, self.end = label, start, end

    def redo(self) -> None:
        self.project.spans.update(self.before.id, label=self.label,  # type: ignore[arg-type]
                                 start=self.start, end=self.end)

    def undo(self) -> None:
        b = self.before
        self.project.spans.update(b.id, label=b.label, start=b.start,  # type: ignore[arg-type]
                                 end=b.end)
