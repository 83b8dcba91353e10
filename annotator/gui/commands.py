"""Every span edit is a QUndoCommand whose redo() and undo() call the project store.

Each store call is its own committed transaction, so the project file is current after every
push, undo and redo, and the store announces the change (core/events.py): the views follow
those announcements, not the commands. A command names the labels it depends on
(`labels()`) and follows a rename (`rename_label`), so UndoStacks (gui/undo_stacks.py) can
keep every stack true to the scheme. A command that the store refuses, or whose write fails
(disk full, read-only, busy), is made obsolete, which takes it off its stack: the stack never
claims a change the store did not make.
"""
from __future__ import annotations

import dataclasses
import logging
import sqlite3
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.core.model import Origin, Relation, Span
from annotator.core.store import Project, SpanError
from annotator.gui import error_hook

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
_REFUSED = (SpanError, KeyError, sqlite3.IntegrityError)


def _renamed(span: Span, old: str, new: str) -> Span:
    return dataclasses.replace(span, label=new) if span.label == old else span


class SpanCommand(QUndoCommand):
    def __init__(self, project: Project, doc_id: int, text: str):
        super().__init__(text)
        self.project = project
        self.doc_id = doc_id

    def labels(self) -> set[str]:
        """The label names this command writes or restores."""
        return set()

    def rename_label(self, old: str, new: str) -> None:
        """The scheme renamed a label: undo and redo now write the new name."""

    def _run(self, what: Callable[[], Any]) -> None:
        run_in_store(self, what)


def run_in_store(command: QUndoCommand, what: Callable[[], Any]) -> None:
    """A command's store call. When the store refuses it (the span is gone) or the write fails
    (disk full, a read-only project, the lock held too long: the store rolled it back whole),
    the command is made obsolete, so its stack drops it rather than count it as done or undone;
    a failed write is also said in a message."""
    try:
        what()
    except _REFUSED as exc:
        log.warning("%s could not be applied (%s); it leaves the undo stack",
                    command.text(), exc)
        command.setObsolete(True)
    except sqlite3.Error as exc:
        log.warning("%s could not be written (%s); it leaves the undo stack",
                    command.text(), exc)
        command.setObsolete(True)
        error_hook.handle(type(exc), exc, exc.__traceback__)


class AddSpan(SpanCommand):
    """A new span; undo deletes it, redo re-creates it under the same id."""

    def __init__(self, project: Project, doc_id: int, start: int, end: int, label: str,
                 annotator: str):
        super().__init__(project, doc_id, translate("Commands", "add %1").replace("%1", label))
        self.start, self.end, self.label, self.annotator = start, end, label, annotator
        self.span: Span | None = None
        self.relations: list[Relation] = []

    def labels(self) -> set[str]:
        return {self.label}

    def rename_label(self, old: str, new: str) -> None:
        self.label = new if self.label == old else self.label
        self.span = self.span and _renamed(self.span, old, new)

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> None:
        if self.span is None:
            self.span = self.project.spans.add(self.doc_id, self.start, self.end, self.label,
                                               annotator=self.annotator, origin=Origin.MANUAL)
        else:
            self.span = self.project.spans.restore(self.span, self.relations)

    def undo(self) -> None:
        assert self.span is not None and self.span.id is not None
        span_id = self.span.id

        def delete() -> None:
            self.span, self.relations = self.project.spans.delete(span_id)
        self._run(delete)


class DeleteSpan(SpanCommand):
    """Removes a span (and relations using it); undo restores both under their old ids."""

    def __init__(self, project: Project, span_id: int):
        span = project.spans.get(span_id)
        super().__init__(project, span.doc_id,
                         translate("Commands", "delete %1").replace("%1", span.label))
        self.span_id = span_id
        self.span: Span = span
        self.relations: list[Relation] = []

    def labels(self) -> set[str]:
        return {self.span.label}

    def rename_label(self, old: str, new: str) -> None:
        self.span = _renamed(self.span, old, new)

    def redo(self) -> None:
        def delete() -> None:
            self.span, self.relations = self.project.spans.delete(self.span_id)
        self._run(delete)

    def undo(self) -> None:
        self._run(lambda: self.project.spans.restore(self.span, self.relations))


class _UpdateSpan(SpanCommand):
    """Shared by relabel and move: redo writes `new`, undo writes `old`."""

    def __init__(self, project: Project, span_id: int, new: dict[str, Any], text: str):
        old_span = project.spans.get(span_id)
        super().__init__(project, old_span.doc_id, text)
        self.span_id = span_id
        self.old = {k: getattr(old_span, k) for k in new}
        self.new = new
        self._label = old_span.label  # what the span is labelled as, for labels()

    def labels(self) -> set[str]:
        return {self._label} | {v["label"] for v in (self.old, self.new) if "label" in v}

    def rename_label(self, old: str, new: str) -> None:
        for values in (self.old, self.new):
            if values.get("label") == old:
                values["label"] = new
        self._label = new if self._label == old else self._label

    def redo(self) -> None:
        self._run(lambda: self.project.spans.update(self.span_id, **self.new))

    def undo(self) -> None:
        self._run(lambda: self.project.spans.update(self.span_id, **self.old))


class RelabelSpan(_UpdateSpan):
    def __init__(self, project: Project, span_id: int, label: str):
        super().__init__(project, span_id, {"label": label},
                         translate("Commands", "relabel as %1").replace("%1", label))


class MoveSpanEdge(_UpdateSpan):
    """New start and end for a span (one edge moved by a token, usually)."""

    def __init__(self, project: Project, span_id: int, start: int, end: int):
        super().__init__(project, span_id, {"start": start, "end": end},
                         translate("Commands", "move span edge"))


class MarkRanges(SpanCommand):
    """Many new spans of one label in one step (the find bar's "mark all hits"): written in one
    transaction, undone in one. Ranges already holding a span of that label are left alone."""

    def __init__(self, project: Project, doc_id: int, ranges: list[tuple[int, int]],
                 label: str, annotator: str, text: str = ""):
        super().__init__(project, doc_id, text or translate(
            "Commands", "mark the hits as %1").replace("%1", label))
        self.label, self.annotator = label, annotator
        have = {(s.start, s.end) for s in project.spans.of(doc_id) if s.label == label}
        self.ranges = sorted({r for r in ranges if r not in have})
        self.spans: list[Span] = []

    def labels(self) -> set[str]:
        return {self.label}

    def rename_label(self, old: str, new: str) -> None:
        self.label = new if self.label == old else self.label
        self.spans = [_renamed(span, old, new) for span in self.spans]

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> None:
        with self.project.transaction():
            if not self.spans:
                self.spans = [self.project.spans.add(self.doc_id, s, e, self.label,
                                                     annotator=self.annotator,
                                                     origin=Origin.MANUAL)
                              for s, e in self.ranges]
            else:  # redo after undo: the same spans under the same ids
                self.spans = [self.project.spans.restore(span) for span in self.spans]

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> None:
        with self.project.transaction():
            for span in self.spans:
                assert span.id is not None
                self.project.spans.delete(span.id)
