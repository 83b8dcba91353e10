"""The editor without a mouse: go from span to span, open a span's details, move the caret and
extend the selection by token.

- Tab / Shift+Tab: the next / previous span in reading order, from the selected span or else
  from the caret (nested spans in turn, outer first);
- F2 or Enter on a selected span: its details (label, attributes, note, links);
- PageDown / PageUp (with Shift: selecting): one screen on, the caret kept in its place;
- Ctrl+arrow: the caret to the next / previous token edge, the way the line reads (in an Arabic
  line Ctrl+Left goes on); with Shift the selection grows or shrinks by whole tokens, as spans
  are made of (punctuation is a token of its own, white space none).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor

from annotator.core.snap import tokens_near

if TYPE_CHECKING:
    from annotator.gui.editor.editor import DocumentEditor

_K = Qt.Key
_M = Qt.KeyboardModifier


def token_edge(text: str, pos: int, forward: bool) -> int:
    """The next token end after `pos` (forward) or the previous token start before it."""
    toks = tokens_near(text, pos, pos)
    if forward:
        return next((t.end for t in toks if t.end > pos), len(text))
    return next((t.start for t in reversed(toks) if t.start < pos), 0)


class KeyboardNav(QObject):
    detailsRequested = Signal(int)   # span id: F2 / Enter on a selected span

    def __init__(self, editor: "DocumentEditor"):
        super().__init__(editor)
        self.editor = editor
        editor.text_view().installEventFilter(self)

    def step(self, forward: bool) -> int | None:
        """Select the next (previous) span in reading order; returns its id."""
        ed = self.editor
        items = ed.span_index().overlapping(0, len(ed.text()) + 1)
        if not items:
            return None
        order = [it.id for it in items]
        selected = ed.selected_span_id()
        if selected in order:
            i = order.index(selected) + (1 if forward else -1)
        else:
            caret = ed.text_view().renderer.offsets.from_qt(ed.text_view().textCursor().position())
            after = [k for k, it in enumerate(items) if it.start >= caret]
            first = after[0] if after else len(items)
            i = first if forward else first - 1
        target = order[i % len(order)]
        ed.select_span(target)
        return target

    def move_by_token(self, forward: bool, extend: bool) -> None:
        view = self.editor.text_view()
        offsets = view.renderer.offsets
        cursor = view.textCursor()
        pos = offsets.from_qt(cursor.position())
        edge = token_edge(self.editor.text(), pos, forward)
        mode = QTextCursor.MoveMode.KeepAnchor if extend else QTextCursor.MoveMode.MoveAnchor
        cursor.setPosition(offsets.to_qt(edge), mode)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()

    def page(self, down: bool, extend: bool) -> None:
        """PageDown / PageUp: the text moves one screen and the caret keeps its place on the
        screen. Qt's own paging moves the caret line by line and stopped for good at the end
        of a line mixing Arabic and digits ("الفقرة 0: ..." at some widths)."""
        view = self.editor.text_view()
        bar = view.verticalScrollBar()
        spot = view.cursorRect()
        if not view.viewport().rect().contains(spot.center()):
            spot.moveTop(0)  # the caret is out of view: start from the top line
        before = bar.value()
        bar.setValue(before + (1 if down else -1) * max(1, view.viewport().height() - spot.height()))
        if bar.value() == before:  # at the end already: to the first or last character
            target = view.document().characterCount() - 1 if down else 0
        else:
            target = view.cursorForPosition(QPoint(spot.x(), spot.center().y())).position()
        cursor = view.textCursor()
        mode = QTextCursor.MoveMode.KeepAnchor if extend else QTextCursor.MoveMode.MoveAnchor
        cursor.setPosition(target, mode)
        view.setTextCursor(cursor)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers() & ~_M.KeypadModifier
        ed = self.editor
        if key in (_K.Key_Tab, _K.Key_Backtab) and not mods & ~_M.ShiftModifier:
            self.step(key == _K.Key_Tab and not mods & _M.ShiftModifier)
            return True
        if key in (_K.Key_F2, _K.Key_Return, _K.Key_Enter) and mods == _M.NoModifier:
            selected = ed.selected_span_id()
            if selected is None or (key == _K.Key_F2 and ed.scheme.by_hotkey("F2")):
                return False
            self.detailsRequested.emit(selected)
            return True
        if key in (_K.Key_PageDown, _K.Key_PageUp) and mods in (_M.NoModifier,
                                                                _M.ShiftModifier):
            self.page(key == _K.Key_PageDown, bool(mods & _M.ShiftModifier))
            return True
        if key in (_K.Key_Left, _K.Key_Right) and mods in (_M.ControlModifier,
                                                           _M.ControlModifier | _M.ShiftModifier):
            pos = ed.text_view().renderer.offsets.from_qt(ed.text_view().textCursor().position())
            # In a right-to-left line the text goes on to the left: Left is forwards.
            rtl = ed.is_rtl_at(min(pos, max(0, len(ed.text()) - 1)))
            forward = (key == _K.Key_Left) == rtl
            self.move_by_token(forward, bool(mods & _M.ShiftModifier))
            return True
        return False
