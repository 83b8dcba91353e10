"""Every span edit is a QUndoCommand whose redo() and undo() call the project store.

Each store call is its own committed transaction, so the project file is current after every
push, undo and redo. Commands tell a listener what changed (before, after), so views can
update only the affected range instead of reloading the document.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from annotator.core.model import Origin, Relation, Span
from annotator.core.store import Project

# listener(doc_id, before, after): before None = added, after None = removed.
Listener = Callable[[int, "Span | None", "Span | None"], None]


def _quiet(doc_id: int, before: Span | None, after: Span | None) -> None:
    pass


class SpanCommand(QUndoCommand):
    def __init__(self, project: Project, doc_id: int, listener: Listener | None, text: str):
        super().__init__(text)
        self.project = project
        self.doc_id = doc_id
        self.listener = listener or _quiet

    def _notify(self, before: Span | None, after: Span | None) -> None:
        self.listener(self.doc_id, before, after)


class AddSpan(SpanCommand):
    """A new span; undo deletes it, redo re-creates it under the same id."""

    def __init__(self, project: Project, doc_id: int, start: int, end: int, label: str,
                 annotator: str, listener: Listener | None = None):
        super().__init__(project, doc_id, listener, f"add {label}")
        self.start, self.end, self.label, self.annotator = start, end, label, annotator
        self.span: Span | None = None
        self.relations: list[Relation] = []

    def redo(self) -> None:
        if self.span is None:
            self.span = self.project.spans.add(self.doc_id, self.start, self.end, self.label,
                                               annotator=self.annotator, origin=Origin.MANUAL)
        else:
            self.span = self.project.spans.restore(self.span, self.relations)
        self._notify(None, self.span)

    def undo(self) -> None:
        assert self.span is not None and self.span.id is not None
        self.span, self.relations = self.project.spans.delete(self.span.id)
        self._notify(self.span, None)


class DeleteSpan(SpanCommand):
    """Removes a span (and relations using it); undo restores both under their old ids."""

    def __init__(self, project: Project, span_id: int, listener: Listener | None = None):
        span = project.spans.get(span_id)
        super().__init__(project, span.doc_id, listener, f"delete {span.label}")
        self.span_id = span_id
        self.span: Span = span
        self.relations: list[Relation] = []

    def redo(self) -> None:
        self.span, self.relations = self.project.spans.delete(self.span_id)
        self._notify(self.span, None)

    def undo(self) -> None:
        restored = self.project.spans.restore(self.span, self.relations)
        self._notify(None, restored)


class _UpdateSpan(SpanCommand):
    """Shared by relabel and move: redo writes `new`, undo writes `old`."""

    def __init__(self, project: Project, span_id: int, new: dict, text: str,
                 listener: Listener | None):
        old_span = project.spans.get(span_id)
        super().__init__(project, old_span.doc_id, listener, text)
        self.span_id = span_id
        self.old = {k: getattr(old_span, k) for k in new}
        self.new = new

    def _write(self, values: dict) -> None:
        before = self.project.spans.get(self.span_id)
        after = self.project.spans.update(self.span_id, **values)
        self._notify(before, after)

    def redo(self) -> None:
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)


class RelabelSpan(_UpdateSpan):
    def __init__(self, project: Project, span_id: int, label: str,
                 listener: Listener | None = None):
        super().__init__(project, span_id, {"label": label}, f"relabel as {label}", listener)


class MoveSpanEdge(_UpdateSpan):
    """New start and end for a span (one edge moved by a token, usually)."""

    def __init__(self, project: Project, span_id: int, start: int, end: int,
                 listener: Listener | None = None):
        super().__init__(project, span_id, {"start": start, "end": end}, "move span edge",
                         listener)


class MarkRanges(QUndoCommand):
    """Many new spans of one label in one step (the find bar's "mark all hits"): written in one
    transaction, undone in one. Ranges already holding a span of that label are left alone.
    `listener` hears each span; `finished(doc_id)` once per redo or undo."""

    def __init__(self, project: Project, doc_id: int, ranges: list[tuple[int, int]],
                 label: str, annotator: str, listener: Listener | None = None,
                 finished: Callable[[int], None] | None = None, text: str = ""):
        super().__init__(text or f"mark {len(ranges)} as {label}")
        self.project, self.doc_id, self.label, self.annotator = project, doc_id, label, annotator
        have = {(s.start, s.end) for s in project.spans.of(doc_id) if s.label == label}
        self.ranges = sorted({r for r in ranges if r not in have})
        self.listener = listener or _quiet
        self.finished = finished or (lambda doc_id: None)
        self.spans: list[Span] = []

    def redo(self) -> None:
        with self.project.transaction():
            if not self.spans:
                self.spans = [self.project.spans.add(self.doc_id, s, e, self.label,
                                                    annotator=self.annotator,
                                                    origin=Origin.MANUAL)
                              for s, e in self.ranges]
            else:  # redo after undo: the same spans under the same ids
                self.spans = [self.project.spans.restore(span) for span in self.spans]
        for span in self.spans:
            self.listener(self.doc_id, None, span)
        self.finished(self.doc_id)

    def undo(self) -> None:
        with self.project.transaction():
            for span in self.spans:
                assert span.id is not None
                self.project.spans.delete(span.id)
        for span in self.spans:
            self.listener(self.doc_id, span, None)
        self.finished(self.doc_id)
