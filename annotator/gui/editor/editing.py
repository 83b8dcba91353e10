"""Making and changing spans from the editor: labels, delete, edge moves, undo, keys.

Every change is a command pushed on the document's undo stack; the command writes the store
and then calls DocumentEditor._store_changed, which redraws only that span.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from annotator.core.snap import move_edge, snap_selection
from annotator.gui.commands import AddSpan, DeleteSpan, MoveSpanEdge, RelabelSpan
from annotator.gui.hotkeys import hotkey_of_event

if TYPE_CHECKING:
    from annotator.gui.editor.editor import DocumentEditor

_K = Qt.Key
_M = Qt.KeyboardModifier


class EditingMixin:
    def apply_label(self: "DocumentEditor", name: str, exact: bool | None = None) -> int | None:
        """With a text selection: a new span (token-snapped unless exact). With a selected span
        and no text selection: relabel it. Returns the span's id, or None if nothing happened."""
        label = self.scheme.label(name)
        stack = self.undo_stack()
        if label is None or stack is None or self._doc is None:
            return None
        picked = self.selected_text_range()
        if picked is not None:
            keep = self._quote_marks_inside and label.layer != "entity"
            edges = snap_selection(self._text, *picked,
                                   exact=self._exact if exact is None else exact,
                                   keep_punct=keep)
            if edges is None:
                return None
            same = [it for it in self._index().overlapping(*edges)
                    if (it.start, it.end, it.label) == (*edges, name)]
            if same:  # already there: just select it
                self._set_selected(same[0].id)
                return same[0].id
            cmd = AddSpan(self.project, self._doc, edges[0], edges[1], name, self._annotator,
                          self._store_changed)
            stack.push(cmd)
            cursor = self._view.textCursor()
            cursor.setPosition(cursor.selectionEnd())
            self._view.setTextCursor(cursor)
            if cmd.span is not None:
                self._set_selected(cmd.span.id)
                return cmd.span.id
            return None
        selected = self.selected_span_id()
        if selected is not None:
            item = self._index().get(selected)
            if item is not None and item.label != name:
                stack.push(RelabelSpan(self.project, selected, name, self._store_changed))
            return selected
        return None

    def delete_selected_span(self: "DocumentEditor") -> bool:
        selected = self.selected_span_id()
        stack = self.undo_stack()
        if selected is None or stack is None:
            return False
        stack.push(DeleteSpan(self.project, selected, self._store_changed))
        return True

    def move_selected_edge(self: "DocumentEditor", edge: str, step: int) -> bool:
        """Move the selected span's start or end by one token; step +1 is forwards in reading
        order (leftwards in Arabic), -1 backwards."""
        selected = self.selected_span_id()
        stack = self.undo_stack()
        item = self._index().get(selected) if selected is not None else None
        if item is None or stack is None:
            return False
        start, end = move_edge(self._text, item.start, item.end, edge, step)
        if (start, end) == (item.start, item.end):
            return False
        stack.push(MoveSpanEdge(self.project, item.id, start, end, self._store_changed))
        return True

    def _is_rtl_at(self: "DocumentEditor", index: int) -> bool:
        pos = self._view.renderer.offsets.to_qt(index)
        block = self._view.document().findBlock(pos)
        return block.textDirection() == Qt.LayoutDirection.RightToLeft

    def undo(self: "DocumentEditor") -> None:
        if (stack := self.undo_stack()) is not None:
            stack.undo()

    def redo(self: "DocumentEditor") -> None:
        if (stack := self.undo_stack()) is not None:
            stack.redo()

    def handle_key(self: "DocumentEditor", event: QKeyEvent) -> bool:
        """Editor keys; returns False for keys the text view should handle (caret moves,
        Shift+arrow selection, copy)."""
        key = event.key()
        mods = event.modifiers() & ~_M.KeypadModifier
        ctrl, shift, alt = _M.ControlModifier, _M.ShiftModifier, _M.AltModifier
        hotkey, exact = hotkey_of_event(event)
        label = self.scheme.by_hotkey(hotkey) if hotkey else None
        if label is not None:
            self.apply_label(label.name, exact=True if exact else None)
        elif mods == ctrl and key in (_K.Key_Plus, _K.Key_Equal):
            self.zoom_in()
        elif mods in (ctrl, ctrl | shift) and key == _K.Key_Plus:
            self.zoom_in()  # Ctrl++ typed as Ctrl+Shift+= on many layouts
        elif mods == ctrl and key == _K.Key_Minus:
            self.zoom_out()
        elif mods == ctrl and key == _K.Key_Z:
            self.undo()
        elif (mods == ctrl | shift and key == _K.Key_Z) or (mods == ctrl and key == _K.Key_Y):
            self.redo()
        elif mods == ctrl and key == _K.Key_E:
            self.set_exact_mode(not self.exact_mode())
        elif mods == _M.NoModifier and key in (_K.Key_Delete, _K.Key_Backspace):
            return self.delete_selected_span()
        elif mods == _M.NoModifier and key == _K.Key_Escape:
            self.clear_selection()
        elif mods in (alt, alt | shift) and key in (_K.Key_Left, _K.Key_Right):
            item = self._index().get(self.selected_span_id() or -1)
            if item is None:
                return False
            # In a right-to-left line the text goes on to the left: Left is forwards.
            forward = _K.Key_Left if self._is_rtl_at(item.start) else _K.Key_Right
            self.move_selected_edge("start" if mods & shift else "end",
                                    1 if key == forward else -1)
        else:
            return False
        event.accept()
        return True


__all__ = ["EditingMixin"]
