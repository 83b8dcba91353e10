"""Making and changing spans from the editor: labels, delete, edge moves, and the editor's keys.

A controller composed into DocumentEditor; it works through the editor's public methods only.
Every change is a command pushed on the document's undo stack (gui/commands.py); the command
writes the store, and the editor redraws when the store announces the change. Undo, redo and
zoom are the window's actions (gui/actions.py), not keys handled here.
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


class SpanEditing:
    def __init__(self, editor: "DocumentEditor"):
        self.editor = editor

    def apply_label(self, name: str, exact: bool | None = None) -> int | None:
        """With a text selection: a new span (token-snapped unless exact). With a selected span
        and no text selection: relabel it. Returns the span's id, or None if nothing happened."""
        ed = self.editor
        label = ed.scheme.label(name)
        stack, doc = ed.undo_stack(), ed.document_id()
        if label is None or stack is None or doc is None:
            return None
        picked = ed.selected_text_range()
        if picked is not None:
            keep = ed.quote_marks_inside() and label.layer != "entity"
            edges = snap_selection(ed.text(), *picked,
                                   exact=ed.exact_mode() if exact is None else exact,
                                   keep_punct=keep, pressed=ed.drag_pressed())
            if edges is None:
                return None
            same = [it for it in ed.span_index().overlapping(*edges)
                    if (it.start, it.end, it.label) == (*edges, name)]
            if same:  # already there: just select it
                ed.set_selected(same[0].id)
                return same[0].id
            cmd = AddSpan(ed.project, doc, edges[0], edges[1], name, ed.annotator())
            stack.push(cmd)
            ed.collapse_selection()
            if cmd.span is not None and cmd.span.id is not None:
                ed.set_selected(cmd.span.id)
                return cmd.span.id
            return None
        selected = ed.selected_span_id()
        if selected is not None:
            item = ed.span_index().get(selected)
            if item is not None and item.label != name:
                stack.push(RelabelSpan(ed.project, selected, name))
            return selected
        return None

    def delete_selected_span(self) -> bool:
        selected = self.editor.selected_span_id()
        stack = self.editor.undo_stack()
        if selected is None or stack is None:
            return False
        stack.push(DeleteSpan(self.editor.project, selected))
        return True

    def move_selected_edge(self, edge: str, step: int) -> bool:
        """Move the selected span's start or end by one token; step +1 is forwards in reading
        order (leftwards in Arabic), -1 backwards."""
        ed = self.editor
        selected = ed.selected_span_id()
        stack = ed.undo_stack()
        item = ed.span_index().get(selected) if selected is not None else None
        if item is None or stack is None:
            return False
        start, end = move_edge(ed.text(), item.start, item.end, edge, step)
        if (start, end) == (item.start, item.end):
            return False
        stack.push(MoveSpanEdge(ed.project, item.id, start, end))
        return True

    def handle_key(self, event: QKeyEvent) -> bool:
        """Editor keys; returns False for keys the text view should handle (caret moves,
        Shift+arrow selection, copy)."""
        ed = self.editor
        key = event.key()
        mods = event.modifiers() & ~_M.KeypadModifier
        ctrl, shift, alt = _M.ControlModifier, _M.ShiftModifier, _M.AltModifier
        hotkey, exact = hotkey_of_event(event)
        label = ed.scheme.by_hotkey(hotkey) if hotkey else None
        if label is not None:
            self.apply_label(label.name, exact=True if exact else None)
        elif mods == ctrl and key == _K.Key_E:
            ed.set_exact_mode(not ed.exact_mode())
        elif mods == _M.NoModifier and key in (_K.Key_Delete, _K.Key_Backspace):
            return self.delete_selected_span()
        elif mods == _M.NoModifier and key == _K.Key_Escape:
            ed.clear_selection()
        elif mods in (alt, alt | shift) and key in (_K.Key_Left, _K.Key_Right):
            item = ed.span_index().get(ed.selected_span_id() or -1)
            if item is None:
                return False
            # In a right-to-left line the text goes on to the left: Left is forwards.
            forward = _K.Key_Left if ed.is_rtl_at(item.start) else _K.Key_Right
            self.move_selected_edge("start" if mods & shift else "end",
                                    1 if key == forward else -1)
        else:
            return False
        event.accept()
        return True


__all__ = ["SpanEditing"]
