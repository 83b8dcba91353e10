"""The selected span's details, editable: label, the scheme's attributes for that label (a
quote's kind, a claim's stance), a free-text note, its links, and who made it and how.

Every edit is an undo command on the document's stack that writes the store at once; the
panel shows what the store announces, so undo, the editor and another window keep it true.
Reached by keyboard with F2 or Enter on a selected span; Escape goes back to the text.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from annotator.core.events import SCHEME_KINDS, Change, Kind
from annotator.core.model import NOTE, Relation, Span
from annotator.gui.commands import RelabelSpan
from annotator.gui.link_commands import DeleteLink, SetAttributes, set_note, with_value

_UNSET = "—"
_ORIGINS = {"manual": QT_TRANSLATE_NOOP("SpanDetails", "by hand"),
            "imported": QT_TRANSLATE_NOOP("SpanDetails", "imported"),
            "suggested": QT_TRANSLATE_NOOP("SpanDetails", "suggested, accepted")}


def link_text(rel: Relation, span_id: int, words: Callable[[int], str]) -> str:
    """'said_by → قسد' seen from the quote, 'said_by ← تقديم المساعدة…' from the speaker."""
    if rel.head == span_id:
        return f"{rel.type} → {words(rel.tail)}"
    return f"{rel.type} ← {words(rel.head)}"


class SpanDetails(QWidget):
    finished = Signal()   # Escape: back to the text

    def __init__(self, project, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("spanDetails")
        self.project = project
        self._stack: Callable[[], QUndoStack | None] = lambda: None
        self.span: Span | None = None
        self._text = ""
        self._note_shown = ""
        self.title = QLabel(self.tr("Selected span"))
        self.title.setObjectName("panelTitle")
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setObjectName("spanWords")
        self.label = QComboBox()
        self.label.setObjectName("spanLabel")
        self.label.activated.connect(self._relabel)
        self.attributes = QWidget()
        self.attr_form = QFormLayout(self.attributes)
        self.attr_form.setContentsMargins(0, 0, 0, 0)
        self.attr_boxes: dict[str, QComboBox] = {}
        self.note = QLineEdit()
        self.note.setObjectName("spanNote")
        self.note.setPlaceholderText(self.tr("A note on this span (Enter keeps it)"))
        self.note.editingFinished.connect(self._note_done)
        self.links = QListWidget()
        self.links.setObjectName("spanLinks")
        self.links.setMaximumHeight(90)
        self.unlink = QPushButton(self.tr("Remove link"))
        self.unlink.clicked.connect(self._remove_link)
        self.made = QLabel()
        self.made.setObjectName("hint")
        self.empty = QLabel(self.tr("Select a span in the text (click it, or Tab to it) to "
                                    "see and edit its details here."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hint")
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.words)
        form.addRow(self.tr("&Label"), self.label)
        form.addRow(self.attributes)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("Links"), self.links)
        form.addRow("", self.unlink)
        form.addRow(self.made)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        for widget in (self, self.label, self.note, self.links, self.unlink):
            widget.installEventFilter(self)
        self._sub = project.events.subscribe(self._follow)
        self.show_span(None)

    # ---- what is shown -------------------------------------------------------------------
    def set_project(self, project) -> None:
        self._sub.cancel()
        self.project = project
        self._sub = project.events.subscribe(self._follow)
        self.show_span(None)

    def set_stack(self, stack: Callable[[], QUndoStack | None]) -> None:
        """Where commands go: the shown document's undo stack."""
        self._stack = stack

    def show_span(self, span_id: int | None) -> None:
        try:
            self.span = self.project.spans.get(span_id) if span_id is not None else None
        except KeyError:
            self.span = None
        self.body.setVisible(self.span is not None)
        self.empty.setVisible(self.span is None)
        if self.span is None:
            return
        span = self.span
        self._text = self.project.documents.text(span.doc_id)
        words = " ".join(self._text[span.start:span.end].split())
        self.words.setText(words if len(words) <= 160 else words[:159] + "…")
        self.words.setAlignment(Qt.AlignmentFlag.AlignRight if self.isRightToLeft() or
                                _arabic(words) else Qt.AlignmentFlag.AlignLeft)
        scheme = self.project.labels.scheme()
        self.label.clear()
        for lab in scheme.labels:
            self.label.addItem(f"{lab.name}  ({lab.hotkey})" if lab.hotkey else lab.name,
                               lab.name)
        self.label.setCurrentIndex(max(0, self.label.findData(span.label)))
        self._fill_attributes(scheme.label(span.label).attributes
                              if scheme.label(span.label) else {})
        stored = str(span.attributes.get(NOTE, ""))
        if not self.note.hasFocus() or self.note.text().strip() == self._note_shown.strip():
            self.note.setText(stored)  # (text being typed and not yet kept stays)
        self._note_shown = stored
        self._fill_links()
        how = _ORIGINS.get(span.origin.value, span.origin.value)
        self.made.setText(self.tr("Made by %1, %2 · %3–%4").replace("%1", span.annotator or "?")
                          .replace("%2", self.tr(how)).replace("%3", str(span.start))
                          .replace("%4", str(span.end)))

    def _fill_attributes(self, allowed: dict[str, list[str]]) -> None:
        assert self.span is not None
        if sorted(allowed) == sorted(self.attr_boxes) and all(
                self.attr_boxes[n].count() == len(v) + 1 for n, v in allowed.items()):
            # The same fields: update them in place, so the one being used keeps the focus.
            for name, box in self.attr_boxes.items():
                box.setCurrentIndex(max(0, box.findData(self.span.attributes.get(name, ""))))
            return
        while self.attr_form.rowCount():
            self.attr_form.removeRow(0)
        self.attr_boxes = {}
        assert self.span is not None
        for name, values in sorted(allowed.items()):
            box = QComboBox()
            box.setObjectName(f"attr_{name}")
            box.addItem(_UNSET, "")
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(self.span.attributes.get(name, ""))))
            box.activated.connect(lambda _=0, n=name, b=box: self._set_attribute(n, b))
            box.installEventFilter(self)
            self.attr_form.addRow(name.replace("_", " ").capitalize(), box)
            box.setVisible(True)  # now, not at the next event loop turn: F2 focuses it at once
            self.attr_boxes[name] = box
        self.chain_fields()

    def fields(self) -> list[QWidget]:
        """The fields in the order Tab goes through them: label, attributes, note, links."""
        return [self.label, *self.attr_boxes.values(), self.note, self.links, self.unlink]

    def chain_fields(self) -> None:
        """Tab from the label or an attribute goes on to the next field, never out of the
        panel (attribute boxes are made later than the rest, so Qt's order put them last,
        and Tab from the first one went to the document search box)."""
        fields = self.fields()
        for first, second in zip(fields, fields[1:]):
            QWidget.setTabOrder(first, second)

    def _fill_links(self) -> None:
        self.links.clear()
        span = self.span
        assert span is not None
        for rel in self.project.spans.relations(span.doc_id):
            if span.id in (rel.head, rel.tail):
                item = QListWidgetItem(link_text(rel, span.id or 0, self._words))
                item.setData(Qt.ItemDataRole.UserRole, rel)
                self.links.addItem(item)
        self.unlink.setEnabled(self.links.count() > 0)
        if self.links.count():
            self.links.setCurrentRow(0)

    def _words(self, span_id: int) -> str:
        try:
            other = self.project.spans.get(span_id)
        except KeyError:
            return "?"
        words = " ".join(self._text[other.start:other.end].split())
        return f"{other.label} {words if len(words) <= 30 else words[:29] + '…'}"

    def _follow(self, change: Change) -> None:
        span = self.span
        if span is None:
            return
        if change.kind in SCHEME_KINDS or change.kind == Kind.BULK or (
                span.id in change.span_ids and change.kind != Kind.SPAN_ADDED):
            self.show_span(span.id)

    # ---- edits -------------------------------------------------------------------------
    def _push(self, command) -> None:
        stack = self._stack()
        if stack is not None:
            stack.push(command)

    def _relabel(self) -> None:
        name = self.label.currentData()
        if self.span is not None and name and name != self.span.label:
            self._push(RelabelSpan(self.project, self.span.id or 0, name))

    def _set_attribute(self, name: str, box: QComboBox) -> None:
        span = self.span
        if span is None or (span.attributes.get(name) or "") == box.currentData():
            return
        self._push(SetAttributes(self.project, span.id or 0,
                                 with_value(span, name, box.currentData()),
                                 self.tr("set %1").replace("%1", name)))

    def _note_done(self) -> None:
        span = self.span
        if span is None or self.note.text().strip() == str(span.attributes.get(NOTE, "")):
            return
        self._note_shown = self.note.text()
        self._push(set_note(self.project, span.id or 0, self.note.text()))

    def _remove_link(self) -> None:
        item = self.links.currentItem()
        if item is not None:
            self._push(DeleteLink(self.project, item.data(Qt.ItemDataRole.UserRole)))

    def focus_first(self) -> None:
        """Keyboard entry (F2): the first attribute if the label has any, else the note."""
        if self.span is None:
            return
        first = next(iter(self.attr_boxes.values()), None)
        (first or self.note).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                if obj is self.note and self.span is not None:  # drop what was typed
                    self.note.setText(str(self.span.attributes.get(NOTE, "")))
                self.finished.emit()
                return True
            if obj is self.links and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._remove_link()
                return True
        return False


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text[:40])


def details_pane(*parts: QWidget) -> QScrollArea:
    """The span details and the document note under the span list, scrolled when the window
    is short, so they never make the window taller."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 4, 0)
    for part in parts:
        layout.addWidget(part)
    scroll = QScrollArea()
    scroll.setObjectName("detailsPane")
    scroll.setWidget(box)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll
