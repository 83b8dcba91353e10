"""One QUndoStack per document, kept true to the store as the label scheme changes.

A label renamed in the Labels dialog (or by the command line on the same file) is renamed in
every command, so undo and redo write the new name. A label removed, or a scheme replaced,
may have deleted spans that commands would restore or change: the stacks of the documents
that lost spans, and every stack holding a command that names a label no longer in the
scheme, are cleared. So no command is left on a stack that could not apply.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from annotator.core.events import Change, Kind
from annotator.core.store import Project
from annotator.gui.commands import SpanCommand

_FOLLOWS = {Kind.LABEL_RENAMED, Kind.LABEL_REMOVED, Kind.SCHEME_REPLACED, Kind.DOCUMENT_REMOVED}


class UndoStacks(QObject):
    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self._stacks: dict[int, QUndoStack] = {}
        self._sub = project.events.subscribe(self._follow, _FOLLOWS)
        sub = self._sub
        self.destroyed.connect(lambda *_: sub.cancel())

    def stack(self, doc_id: int) -> QUndoStack:
        if doc_id not in self._stacks:
            self._stacks[doc_id] = QUndoStack(self)
        return self._stacks[doc_id]

    def stacks(self) -> dict[int, QUndoStack]:
        return dict(self._stacks)

    def detach(self) -> None:
        """Stop following the project (it is being closed)."""
        self._sub.cancel()

    @staticmethod
    def commands(stack: QUndoStack) -> list[SpanCommand]:
        found = (stack.command(i) for i in range(stack.count()))
        return [cmd for cmd in found if isinstance(cmd, SpanCommand)]

    def _follow(self, change: Change) -> None:
        if change.kind == Kind.LABEL_RENAMED:
            for stack in self._stacks.values():
                for cmd in self.commands(stack):
                    cmd.rename_label(change.old, change.new)
        elif change.kind == Kind.DOCUMENT_REMOVED and change.doc_id in self._stacks:
            self._stacks.pop(change.doc_id).clear()
        elif change.kind in (Kind.LABEL_REMOVED, Kind.SCHEME_REPLACED):
            known = self.project.labels.names()
            for doc_id, stack in self._stacks.items():
                if doc_id in change.doc_ids or any(cmd.labels() - known
                                                   for cmd in self.commands(stack)):
                    stack.clear()
