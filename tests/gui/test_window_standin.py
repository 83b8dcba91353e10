"""Shared helpers for the main-window tests: the editor to use, and a window fixture factory.

The window tests drive DocumentEditor through its published interface only. When the real
editor package cannot be imported (it is built alongside the window), a minimal stand-in with
the same interface is patched in, here and only here.
"""
from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget


def real_editor_available() -> bool:
    try:
        return hasattr(importlib.import_module("annotator.gui.editor"), "DocumentEditor")
    except ImportError:
        return False


class _AddSpan(QUndoCommand):
    def __init__(self, editor, doc_id, start, end, label):
        super().__init__(f"add {label}")
        self.editor, self.args, self.span = editor, (doc_id, start, end, label), None

    def redo(self):
        doc_id, start, end, label = self.args
        if self.span is None:
            self.span = self.editor.project.add_span(doc_id, start, end, label,
                                                     annotator=self.editor.annotator)
        else:
            self.editor.project.restore_span(self.span)
        self.editor.spansChanged.emit(doc_id)

    def undo(self):
        self.editor.project.delete_span(self.span.id)
        self.editor.spansChanged.emit(self.args[0])


class StandInEditor(QWidget):
    """Selections are plain Qt positions: fine for test texts without emoji or CRLF."""
    spansChanged = Signal(int)
    selectedSpanChanged = Signal(object)
    undoStackChanged = Signal(object)

    def __init__(self, project, annotator, parent=None):
        super().__init__(parent)
        self.project, self.annotator = project, annotator
        self._view = QPlainTextEdit(readOnly=True)
        QVBoxLayout(self).addWidget(self._view)
        self._doc, self._stacks, self._selected = None, {}, None
        self._exact, self._size = False, 15

    def set_document(self, doc_id):
        self._doc = doc_id
        self._view.setPlainText(self.project.document(doc_id).text if doc_id else "")
        stack = self._stacks.setdefault(doc_id, QUndoStack(self)) if doc_id else None
        self.undoStackChanged.emit(stack)

    def document_id(self):
        return self._doc

    def undo_stack(self):
        return self._stacks.get(self._doc)

    def text_view(self):
        return self._view

    def apply_label(self, name):
        cursor = self._view.textCursor()
        if self._doc and cursor.hasSelection():
            self.undo_stack().push(_AddSpan(self, self._doc, cursor.selectionStart(),
                                            cursor.selectionEnd(), name))

    def select_span(self, span_id):
        span = self.project.span(span_id)
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self._selected = span_id
        self.selectedSpanChanged.emit(span_id)

    def selected_span_id(self):
        return self._selected

    def delete_selected_span(self):
        if self._selected is not None:
            self.project.delete_span(self._selected)
            self._selected = None
            self.spansChanged.emit(self._doc)

    def set_exact_mode(self, on):
        self._exact = on

    def exact_mode(self):
        return self._exact

    def zoom_in(self):
        self._size += 1

    def zoom_out(self):
        self._size -= 1

    def set_font_size(self, pt):
        self._size = pt

    def font_size(self):
        return self._size

    def set_annotator(self, name):
        self.annotator = name

    def reload_scheme(self):
        pass


@pytest.fixture
def editor_in_use(monkeypatch) -> str:
    if real_editor_available():
        return "real"
    monkeypatch.setattr("annotator.gui.main_window.make_editor",
                        lambda project, annotator, parent=None:
                        StandInEditor(project, annotator, parent))
    return "stand-in"


def select_text(editor, start: int, end: int) -> None:
    """Select [start, end) in the editor's text view, as a mouse drag would."""
    view = editor.text_view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
