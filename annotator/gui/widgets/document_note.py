"""A free-text note on the open document, kept when the field loses focus (or on Ctrl+S) as one
undo step on the document's stack, and shown as the store announces it (undo included)."""
from __future__ import annotations

import sqlite3
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from annotator.core.events import Change, Kind
from annotator.gui.link_commands import SetDocumentNote


class DocumentNote(QWidget):
    finished = Signal()   # Escape: back to the text

    def __init__(self, project, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.doc_id: int | None = None
        self._stack: Callable[[], QUndoStack | None] = lambda: None
        self.title = QLabel(self.tr("Document note"))
        self.title.setObjectName("panelTitle")
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("documentNote")
        self.edit.setPlaceholderText(self.tr("A note on the whole article: its source, "
                                             "doubts, what to check…"))
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(80)
        self.edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        self._sub = project.events.subscribe(self._follow, kinds={Kind.DOCUMENT_CHANGED,
                                                                  Kind.BULK})

    def set_project(self, project) -> None:
        self._sub.cancel()
        self.project = project
        self._sub = project.events.subscribe(self._follow, kinds={Kind.DOCUMENT_CHANGED,
                                                                  Kind.BULK})
        self.show_document(None)

    def set_stack(self, stack: Callable[[], QUndoStack | None]) -> None:
        self._stack = stack

    def show_document(self, doc_id: int | None) -> None:
        self.commit()  # a note being typed goes to the document it was typed for
        self.doc_id = doc_id
        self.edit.setEnabled(doc_id is not None)
        self.edit.setPlainText(self.project.documents.note(doc_id) if doc_id is not None
                               else "")

    def commit(self) -> None:
        """Store what was typed, if it differs from the stored note."""
        doc = self.doc_id
        if doc is None:
            return
        try:
            stored = self.project.documents.note(doc)
        except (KeyError, sqlite3.Error):  # the document or the project is gone: nothing to keep
            return
        typed = self.edit.toPlainText().strip()
        stack = self._stack()
        if typed != stored and stack is not None:
            stack.push(SetDocumentNote(self.project, doc, typed))

    def _follow(self, change: Change) -> None:
        if self.doc_id is not None and self.doc_id in change.documents() and (
                change.kind == Kind.BULK or change.field == "note"):
            note = self.project.documents.note(self.doc_id)
            if note != self.edit.toPlainText().strip():
                self.edit.setPlainText(note)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            self.commit()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers()
            if event.key() == Qt.Key.Key_Escape:
                self.commit()
                self.finished.emit()
                return True
            if event.key() == Qt.Key.Key_S and mods == Qt.KeyboardModifier.ControlModifier:
                self.commit()
                return True
        return False
