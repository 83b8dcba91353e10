"""Undo commands for links, span attributes and notes, and document notes.

Like gui/commands.py, each redo() and undo() calls the store, which writes at once and
announces the change; the views follow the announcements. A command the store refuses (its
span was deleted meanwhile by a label removal, say) or whose write fails is made obsolete,
which takes it off its stack: the stack never claims a change the store did not make.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.core.model import NOTE, Origin, Relation, Span
from annotator.core.store import Project
from annotator.gui.commands import run_in_store

translate = QCoreApplication.translate


class StoreCommand(QUndoCommand):
    def __init__(self, project: Project, doc_id: int, text: str):
        super().__init__(text)
        self.project, self.doc_id = project, doc_id

    def _run(self, what: Callable[[], Any]) -> None:
        run_in_store(self, what)


class AddLink(StoreCommand):
    """A link from head to tail; redo after undo makes it again under the same id."""

    def __init__(self, project: Project, doc_id: int, head: int, tail: int, type: str,
                 annotator: str):
        super().__init__(project, doc_id,
                         translate("commands", "link %1").replace("%1", type))
        self.relation = Relation(None, doc_id, head, tail, type, annotator)

    def redo(self) -> None:
        def add() -> None:
            r = self.relation
            self.relation = self.project.spans.add_relation(
                r.doc_id, r.head, r.tail, r.type, annotator=r.annotator, relation_id=r.id)
        self._run(add)

    def undo(self) -> None:
        assert self.relation.id is not None
        self._run(lambda: self.project.spans.delete_relation(self.relation.id or 0))


class DeleteLink(StoreCommand):
    def __init__(self, project: Project, relation: Relation):
        super().__init__(project, relation.doc_id,
                         translate("commands", "remove link %1").replace("%1", relation.type))
        self.relation = relation

    def redo(self) -> None:
        self._run(lambda: self.project.spans.delete_relation(self.relation.id or 0))

    def undo(self) -> None:
        r = self.relation
        self._run(lambda: self.project.spans.add_relation(
            r.doc_id, r.head, r.tail, r.type, annotator=r.annotator, relation_id=r.id))


class MarkAndLink(StoreCommand):
    """A new span (a speaker not yet marked) and a link to it, in one transaction and one
    undo step. `other` is the span the link was started from; `other_is_head` its side."""

    def __init__(self, project: Project, doc_id: int, start: int, end: int, label: str,
                 other: int, type: str, other_is_head: bool, annotator: str):
        super().__init__(project, doc_id,
                         translate("commands", "mark %1 and link").replace("%1", label))
        self.start, self.end, self.label, self.annotator = start, end, label, annotator
        self.other, self.type, self.other_is_head = other, type, other_is_head
        self.span: Span | None = None
        self.relation: Relation | None = None

    def redo(self) -> None:
        def add() -> None:
            spans = self.project.spans
            with self.project.transaction():
                if self.span is None:
                    self.span = spans.add(self.doc_id, self.start, self.end, self.label,
                                          annotator=self.annotator, origin=Origin.MANUAL)
                    new = self.span.id or 0
                    head, tail = (self.other, new) if self.other_is_head else (new, self.other)
                    self.relation = spans.add_relation(self.doc_id, head, tail, self.type,
                                                       annotator=self.annotator)
                else:
                    spans.restore(self.span, [self.relation] if self.relation else [])
        self._run(add)

    def undo(self) -> None:
        assert self.span is not None
        # Deleting the span takes the link with it (and announces both).
        self._run(lambda: self.project.spans.delete(self.span.id or 0))


class SetAttributes(StoreCommand):
    """A span's attributes (the note among them) set to `values`; undo puts back the old."""

    def __init__(self, project: Project, span_id: int, values: dict[str, Any], text: str = ""):
        span = project.spans.get(span_id)
        super().__init__(project, span.doc_id, text or translate("commands", "set attributes"))
        self.span_id = span_id
        self.old = dict(span.attributes)
        self.new = {k: v for k, v in values.items() if v not in (None, "")}

    def redo(self) -> None:
        self._run(lambda: self.project.spans.update(self.span_id, attributes=self.new))

    def undo(self) -> None:
        self._run(lambda: self.project.spans.update(self.span_id, attributes=self.old))


def with_value(span: Span, key: str, value: str | None) -> dict[str, Any]:
    """The span's attributes with `key` set to `value` ("" or None: removed)."""
    values = dict(span.attributes)
    if value:
        values[key] = value
    else:
        values.pop(key, None)
    return values


def set_note(project: Project, span_id: int, note: str) -> SetAttributes:
    span = project.spans.get(span_id)
    return SetAttributes(project, span_id, with_value(span, NOTE, note.strip()),
                         translate("commands", "edit note"))


class SetDocumentNote(StoreCommand):
    def __init__(self, project: Project, doc_id: int, note: str):
        super().__init__(project, doc_id, translate("commands", "edit document note"))
        self.old = project.documents.note(doc_id)
        self.new = note

    def redo(self) -> None:
        self._run(lambda: self.project.documents.update(self.doc_id, note=self.new))

    def undo(self) -> None:
        self._run(lambda: self.project.documents.update(self.doc_id, note=self.old))
