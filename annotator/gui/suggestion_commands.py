"""Accepting and rejecting suggestions as undo commands that call the store.

Accept stores the span (origin: the suggester) and the relations its links complete; undo
removes them and reopens the suggestion. Reject remembers the answer; undo reopens it. The
editor and the suggestion layer follow the store's announcements, not these commands. They are
SpanCommands, so the undo stacks keep them true to the scheme (gui/undo_stacks.py); the
suggestion rows follow a label rename by themselves (a trigger in the project file).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.core.store import Project
from annotator.gui.commands import SpanCommand


class AcceptSuggestion(SpanCommand):
    def __init__(self, project: Project, suggestion_id: int, annotator: str):
        sug = project.suggestions.get(suggestion_id)
        super().__init__(project, sug.doc_id, QCoreApplication.translate(
            "SuggestionCommands", "accept {label}").format(label=sug.label))
        self.suggestion_id, self.annotator, self.label = suggestion_id, annotator, sug.label

    def labels(self) -> set[str]:
        return {self.label}

    def rename_label(self, old: str, new: str) -> None:
        self.label = new if self.label == old else self.label

    def redo(self) -> None:
        self._run(lambda: self.project.suggestions.accept(self.suggestion_id, self.annotator))

    def undo(self) -> None:
        self._run(lambda: self.project.suggestions.unaccept(self.suggestion_id))


class RejectSuggestion(SpanCommand):
    def __init__(self, project: Project, suggestion_id: int):
        sug = project.suggestions.get(suggestion_id)
        super().__init__(project, sug.doc_id, QCoreApplication.translate(
            "SuggestionCommands", "reject {label}").format(label=sug.label))
        self.suggestion_id = suggestion_id

    def redo(self) -> None:
        self._run(lambda: self.project.suggestions.reject(self.suggestion_id))

    def undo(self) -> None:
        self._run(lambda: self.project.suggestions.reopen(self.suggestion_id))


class AcceptMany(SpanCommand):
    """One undo step accepting several suggestions (all of a label, all in the document), in
    one transaction. The steps are a Python list, not Qt children, so none is collected early."""

    def __init__(self, project: Project, doc_id: int, ids: list[int], annotator: str,
                 text: str):
        super().__init__(project, doc_id, text)
        self.steps = [AcceptSuggestion(project, sid, annotator) for sid in ids]

    def labels(self) -> set[str]:
        return {s.label for s in self.steps}

    def rename_label(self, old: str, new: str) -> None:
        for step in self.steps:
            step.rename_label(old, new)

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> None:
        with self.project.transaction():
            for step in self.steps:
                self.project.suggestions.accept(step.suggestion_id, step.annotator)

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> None:
        with self.project.transaction():
            for step in reversed(self.steps):
                self.project.suggestions.unaccept(step.suggestion_id)
