"""Accepting and rejecting suggestions as QUndoCommands that call the store.

Accept stores the span (origin: the suggester) and the relations its links complete; undo
removes them and reopens the suggestion. Reject remembers the answer; undo reopens it.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.core.model import Span
from annotator.core.store import Project

# listener(doc_id, before, after) as for span commands: before None = a span added.
Listener = Callable[[int, "Span | None", "Span | None"], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SuggestionCommands", text)


class AcceptSuggestion(QUndoCommand):
    def __init__(self, project: Project, suggestion_id: int, annotator: str,
                 listener: Listener, parent: QUndoCommand | None = None):
        sug = project.suggestions.get(suggestion_id)
        super().__init__(_tr("accept {label}").format(label=sug.label), parent)
        self.project, self.id, self.annotator, self.listener = (project, suggestion_id,
                                                                annotator, listener)
        self.doc_id = sug.doc_id
        self.span: Span | None = None

    def redo(self) -> None:
        self.span, _ = self.project.suggestions.accept(self.id, self.annotator)
        self.listener(self.doc_id, None, self.span)

    def undo(self) -> None:
        span = self.project.suggestions.unaccept(self.id)
        self.listener(self.doc_id, span, None)


class RejectSuggestion(QUndoCommand):
    def __init__(self, project: Project, suggestion_id: int, listener: Listener,
                 parent: QUndoCommand | None = None):
        sug = project.suggestions.get(suggestion_id)
        super().__init__(_tr("reject {label}").format(label=sug.label), parent)
        self.project, self.id, self.listener = project, suggestion_id, listener
        self.doc_id = sug.doc_id

    def redo(self) -> None:
        self.project.suggestions.reject(self.id)
        self.listener(self.doc_id, None, None)

    def undo(self) -> None:
        self.project.suggestions.reopen(self.id)
        self.listener(self.doc_id, None, None)


class AcceptMany(QUndoCommand):
    """One undo step accepting several suggestions (all of a label, all in the document).
    The steps are kept in a Python list, not as Qt children, so none is collected early."""

    def __init__(self, project: Project, ids: list[int], annotator: str, listener: Listener,
                 text: str):
        super().__init__(text)
        self.steps = [AcceptSuggestion(project, sid, annotator, listener) for sid in ids]

    def redo(self) -> None:
        with self.steps[0].project.transaction():
            for step in self.steps:
                step.redo()

    def undo(self) -> None:
        with self.steps[0].project.transaction():
            for step in reversed(self.steps):
                step.undo()


def accept_many(project: Project, ids: list[int], annotator: str, listener: Listener,
                text: str) -> QUndoCommand:
    return AcceptMany(project, ids, annotator, listener, text)
