"""The editor's side of the find bar: show hits, step to one, mark them all as a label."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from annotator.core.text.find import DocumentFinder
from annotator.gui.commands import MarkRanges

if TYPE_CHECKING:
    from annotator.gui.editor.editor import DocumentEditor


class FindingMixin:
    _finder: DocumentFinder | None = None

    def find_all(self: "DocumentEditor", query: str) -> list[tuple[int, int]]:
        """Hits of `query` in the shown document (code points), in text order."""
        if self._doc is None:
            return []
        if self._finder is None or self._finder.text is not self._text:
            self._finder = DocumentFinder(self._text)
        return self._finder.find_all(query)

    def set_find_hits(self: "DocumentEditor", ranges: list[tuple[int, int]],
                      current: int | None = None) -> None:
        self._view.find_hits.set(ranges, current)
        self._view.viewport().update()

    def find_hits(self: "DocumentEditor") -> list[tuple[int, int]]:
        return list(self._view.find_hits.ranges)

    def show_hit(self: "DocumentEditor", i: int) -> None:
        """Make hit `i` current: select its text (a label key then marks just this one) and
        scroll it into view."""
        hits = self._view.find_hits
        if not 0 <= i < len(hits.ranges):
            return
        hits.current = i
        start, end = hits.ranges[i]
        to_qt = self._view.renderer.offsets.to_qt
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(to_qt(start))
        cursor.setPosition(to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()
        self._view.viewport().update()

    def mark_ranges(self: "DocumentEditor", ranges: list[tuple[int, int]], label: str) -> int:
        """Every range as a span of `label`, in one undoable step; returns how many were new."""
        stack = self.undo_stack()
        if stack is None or self._doc is None or self.scheme.label(label) is None:
            return 0
        command = MarkRanges(self.project, self._doc, ranges, label, self._annotator)
        if not command.ranges:
            return 0
        stack.push(command)
        return len(command.ranges)
