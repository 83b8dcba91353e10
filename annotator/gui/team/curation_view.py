"""The curation view: one document, every annotator's spans and links side by side (a column
each) and overlaid on the text; the curator builds the gold annotation from the keyboard.

Keys: Up/Down choose a span; Enter or Space accepts it into the gold; a label's hotkey
accepts it with that label (or relabels the gold span); Alt+Left/Right moves a gold span's
end by a word (Alt+Shift: its start); Delete removes it from the gold;
Ctrl+1..9 accepts all of the n-th annotator's spans; Ctrl+G all that everyone agrees on;
Ctrl+Enter marks the gold done and moves on; Alt+Down/Alt+Up next/previous document;
Ctrl+Z/Ctrl+Shift+Z undo/redo. Every change is an undoable command that calls the store.
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QSplitter, QTableView, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from annotator.core.events import SPAN_KINDS, Change
from annotator.core.events import Kind as EventKind
from annotator.core.model import Span, Status
from annotator.core.snap import move_edge
from annotator.core.store import Project
from annotator.gui.hotkeys import hotkey_of_event
from annotator.gui.models.roles import status_text
from annotator.gui.team.candidates_model import (GOLD_MARK, HAS, TEXT, CandidatesModel,
                                                 kind_color, kind_text)
from annotator.gui.team.commands import AcceptSpans, EditGold, RemoveGold
from annotator.gui.team.curation_text import CurationText
from annotator.team.curation import GOLD, Candidate, Kind, curation


def _rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def tr(text: str) -> str:
    # The empty context is where pyside6-lupdate files a bare tr("...") call.
    return QCoreApplication.translate("", text)


class CandidateTable(QTableView):
    """Hands the keys it does not use for moving to the view."""
    key = Signal(QKeyEvent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
                           Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and \
                not event.modifiers() & (Qt.KeyboardModifier.AltModifier
                                         | Qt.KeyboardModifier.ControlModifier):
            super().keyPressEvent(event)
        else:
            self.key.emit(event)


class CurationView(QDialog):
    documentChanged = Signal(int)

    def __init__(self, project: Project, queue: list[int], *, gold: str = GOLD,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Curation"))
        self.setObjectName("curationView")
        self.project, self.queue, self.gold = project, list(queue), gold
        self.doc_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.model = CandidatesModel(self)
        self.title = QLabel()
        self.title.setObjectName("curationTitle")
        self.title.setWordWrap(True)
        self.legend = QLabel(self._legend())
        self.text = CurationText()
        self.table = CandidateTable()
        self.table.setObjectName("candidateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the columns come with the model: the text's column stretches once they exist
        self.model.modelReset.connect(
            lambda: self.model.columnCount() and header.setSectionResizeMode(
                TEXT, QHeaderView.ResizeMode.Stretch))
        self.table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the links
        self.table.key.connect(self._key)
        self.links = QTreeWidget()
        self.links.setObjectName("linkTable")
        self.links.setRootIsDecorated(False)
        self.links.header().setStretchLastSection(False)
        self.links.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.links.itemActivated.connect(lambda item, _col: self.accept_link(
            self.links.indexOfTopLevelItem(item)))
        self.hint = QLabel(tr("Enter: accept · digit: accept as label · Alt+←/→ (Shift: "
                               "start): move a gold edge · Delete: remove from "
                               "gold · Ctrl+1…9: all of one annotator · Ctrl+G: all agreed · "
                               "Ctrl+Enter: gold done, next · Alt+↓/↑: next/previous · "
                               "Ctrl+Z: undo"))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(self.table)
        lower.addWidget(self.links)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.text)
        body.addWidget(lower)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.hint)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._repaint_text())
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           ("Ctrl+Shift+Z", self.undo_stack.redo),
                           ("Ctrl+G", self.accept_agreed),
                           ("Ctrl+Return", self.finish), ("Ctrl+Enter", self.finish),
                           ("Alt+Down", lambda: self.go(1)), ("Alt+Up", lambda: self.go(-1))):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self).activated.connect(
                lambda n=n: self.accept_annotator(n - 1))
        self.resize(1000, 720)
        # The view follows the store: its own edits, the main window's, a merge.
        self._subscription = project.events.subscribe_batches(
            self._changed, SPAN_KINDS | {EventKind.STATUS_CHANGED, EventKind.BULK})
        self.destroyed.connect(lambda *_: self._subscription.cancel())
        self.finished.connect(lambda *_: self._subscription.cancel())
        if self.queue:
            self.set_document(self.queue[0])

    # --- what is shown --------------------------------------------------------------------
    def set_document(self, doc_id: int) -> None:
        self.doc_id = doc_id
        self.undo_stack.clear()  # edits of another document are not undone from here
        doc = self.project.documents.get(doc_id)
        self.text.show_text(doc.text)
        at = self.queue.index(doc_id) + 1 if doc_id in self.queue else 0
        title = doc.title if len(doc.title) <= 70 else doc.title[:69].rstrip() + "…"
        status = status_text(self.project.statuses.get(doc_id, self.gold))
        self.title.setText(tr("<b>{title}</b><br>document {at} of {total} · gold: {gold} ({status})"
                               ).format(title=title, at=at, total=len(self.queue),
                                        gold=self.gold, status=status))
        self.refresh()
        self.select_row(0)
        self.table.setFocus()
        self.documentChanged.emit(doc_id)

    def changeEvent(self, event: QEvent) -> None:
        # the colour scheme switched while the view is open: the kinds' fills follow it
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "legend"):
            self.legend.setText(self._legend())
            if self.model.curation is not None:
                last = self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1)
                self.model.dataChanged.emit(self.model.index(0, 0), last)
                self._fill_links()
                self._repaint_text()
        super().changeEvent(event)

    def _changed(self, changes: list[Change]) -> None:
        # once per commit, however many spans it touched (accepting all is one commit)
        if self.doc_id is not None and any(self.doc_id in c.documents() for c in changes):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the document's candidates (after an edit), keeping the current row."""
        if self.doc_id is None:
            return
        current = self.current()
        key = current.key if current else None
        row = self.table.currentIndex().row()
        self.model.set_curation(curation(self.project, self.doc_id, gold=self.gold),
                                self.project.documents.text(self.doc_id))
        found = self.model.row_of(key) if key else None
        self.select_row(found if found is not None else
                        min(max(row, 0), max(self.model.rowCount() - 1, 0)))
        self._fill_links()
        self._repaint_text()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def current(self) -> Candidate | None:
        return self.model.candidate(self.table.currentIndex().row())

    def _repaint_text(self) -> None:
        if self.model.curation is not None:
            self.text.paint(self.model.curation, self.current())

    def _fill_links(self) -> None:
        cur = self.model.curation
        assert cur is not None
        text = self.model.text
        self.links.clear()
        self.links.setHeaderLabels([tr("Head"), tr("Link"), tr("Tail"),
                                    *cur.annotators, tr("Gold")])
        for link in cur.links:
            row = [text[link.head[0]:link.head[1]], link.type, text[link.tail[0]:link.tail[1]],
                   *[HAS if n in link.annotators else "" for n in cur.annotators],
                   GOLD_MARK if link.gold else ""]
            item = QTreeWidgetItem(self.links, row)
            kind = (Kind.AGREED if set(link.annotators) >= set(cur.annotators) else
                    Kind.SINGLE if len(link.annotators) == 1 else Kind.DISPUTED)
            fill = kind_color(kind if link.annotators else Kind.GOLD_ONLY)
            for col in range(len(row)):
                if fill is not None:
                    item.setBackground(col, fill)
        header = self.links.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _legend(self) -> str:
        fills = {k: kind_color(k) for k in Kind if k != Kind.GOLD_ONLY}
        chips = " ".join(f"<span style='background:{fill.name()}'>&nbsp;{kind_text(k)}&nbsp;"
                         "</span>" for k, fill in fills.items() if fill is not None)
        underlined, in_gold = tr("underlined"), tr("in the gold")
        return chips + f" &nbsp;{GOLD_MARK} / <u>{underlined}</u>: {in_gold}"

    # --- keys -----------------------------------------------------------------------------
    def _key(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = not mods & ~Qt.KeyboardModifier.KeypadModifier
        alt, shift = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods in (alt, alt | shift):
            cand = self.current()
            if cand is not None:
                # as in the editor: in right-to-left text, Left goes on towards the end
                forward = Qt.Key.Key_Left if _rtl(self.model.text[cand.start:cand.end]) \
                    else Qt.Key.Key_Right
                self.move_gold_edge("start" if mods & shift else "end",
                                    1 if key == forward else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and plain:
            self.accept_current()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.remove_current()
        else:
            hotkey = hotkey_of_event(event)[0] if plain else None
            label = self.project.labels.scheme().by_hotkey(hotkey) if hotkey else None
            if label is not None:
                self.accept_current(label.name)
            else:
                event.ignore()

    # --- what the curator does ------------------------------------------------------------
    def accept_current(self, label: str | None = None) -> None:
        cand = self.current()
        if cand is None or self.doc_id is None:
            return
        if cand.gold is not None:
            if label and label != cand.label:
                self.undo_stack.push(EditGold(self.project, cand.gold, label=label))
            return
        span = cand.example()
        if label and label != span.label:
            span = Span(span.id, span.doc_id, span.start, span.end, label, span.layer,
                        span.annotator, span.origin, span.attributes)
        self._accept([span], tr("accept {label}").format(label=span.label))
        if label is None or label == cand.label:
            self._step(1)

    def accept_annotator(self, index: int) -> None:
        cur = self.model.curation
        if cur is None or not 0 <= index < len(cur.annotators):
            return
        name = cur.annotators[index]
        self._accept([c.spans[name] for c in cur.candidates if name in c.spans and not c.gold],
                     tr("accept all of {name}").format(name=name))

    def accept_agreed(self) -> None:
        cur = self.model.curation
        if cur is not None:
            self._accept([c.example() for c in cur.of_kind(Kind.AGREED) if not c.gold],
                         tr("accept all agreed"))

    def accept_link(self, row: int) -> None:
        cur = self.model.curation
        if cur is None or not 0 <= row < len(cur.links) or cur.links[row].gold:
            return
        link = cur.links[row]
        ends = {c.key: c for c in cur.candidates}
        spans = [ends[k].example() for k in (link.head, link.tail)
                 if k in ends and ends[k].gold is None]
        head, tail = (ends[link.head].example(), ends[link.tail].example())
        self.undo_stack.push(AcceptSpans(self.project, cur.doc_id, spans, self.gold,
                                         tr("accept link"), links=[(head, tail, link.type)]))

    def move_gold_edge(self, edge: str, step: int) -> None:
        """Move an edge of the current gold span by one token (Alt+arrows, Shift: start)."""
        cand = self.current()
        if cand is None or cand.gold is None:
            return
        start, end = move_edge(self.model.text, cand.start, cand.end, edge, step)
        if (start, end) == (cand.start, cand.end):
            return
        self.undo_stack.push(EditGold(self.project, cand.gold, start=start, end=end))
        row = self.model.row_of((start, end, cand.label))
        if row is not None:
            self.select_row(row)

    def remove_current(self) -> None:
        cand = self.current()
        if cand is not None and cand.gold is not None:
            self.undo_stack.push(RemoveGold(self.project, cand.gold))

    def _accept(self, spans: list[Span], text: str) -> None:
        if spans and self.doc_id is not None:
            self.undo_stack.push(AcceptSpans(self.project, self.doc_id, spans, self.gold, text))

    def _step(self, step: int) -> None:
        row = self.table.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            self.select_row(row)

    def finish(self) -> None:
        """The gold of this document is done: on to the next one in the queue whose gold is
        not (wrapping around)."""
        if self.doc_id is None:
            return
        self.project.statuses.set(self.doc_id, self.gold, Status.DONE)
        at = self.queue.index(self.doc_id) if self.doc_id in self.queue else -1
        for doc_id in self.queue[at + 1:] + self.queue[:at + 1]:
            if self.project.statuses.get(doc_id, self.gold) != Status.DONE:
                self.set_document(doc_id)
                return

    def go(self, step: int) -> None:
        if self.doc_id in self.queue:
            pos = self.queue.index(self.doc_id) + step
            if 0 <= pos < len(self.queue):
                self.set_document(self.queue[pos])
