"""The main window: composes the panels, the editor, menus and status bar, and wires them.

Behaviour lives in the parts (models, panels, dialogs, the editor); this class connects them
and keeps the per-annotator document workflow: open, next/previous, mark done, skip. The
panels, the editor and the undo stacks follow the store's announcements (core/events.py)
themselves; the window follows them only for the status bar, hotkeys and work in progress.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoGroup,
                           QUndoStack)
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from annotator.core.events import SCHEME_KINDS, Change, Kind, Subscription
from annotator.core.model import Status
from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.gui.actions import Actions, build_menus, build_toolbar, fill_recent
from annotator.gui.dialogs import project_files as files
from annotator.gui.digits import arg, set_arabic_digits
from annotator.gui.dialogs.annotator_name import ask_annotator_name
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.dialogs.import_run import local_paths, run_import
from annotator.gui.dialogs.shortcuts import ShortcutsDialog, shortcut_rows, show_about
from annotator.gui.dialogs.small import open_labels_dialog
from annotator.gui.editor import DocumentEditor
from annotator.gui.editor import reading_place
from annotator.gui.focus import EscapeTo, FocusRing, tab_chain
from annotator.gui.widgets.small_window import SmallWindow
from annotator.gui.project_switch import open_in_steps, open_in_window
from annotator.gui.suggestion_controller import attach_suggestions
from annotator.gui.models import DocumentListModel, LabelListModel, SpanListModel
from annotator.gui.team import TeamMenu
from annotator.gui.widgets import DocumentPanel, LabelPalette, SpanPanel, StatusBar
from annotator.gui.widgets.article_pane import ArticlePane
from annotator.gui.theme import current_theme
from annotator.gui.widgets.language_menu import LanguageMenu
from annotator.gui.widgets.theme_controls import ThemeControls
from annotator.gui.widgets.view_controls import ViewControls
from annotator.gui.widgets.document_note import DocumentNote
from annotator.gui.widgets.selection_preview import SelectionPreview
from annotator.gui.widgets.span_details import SpanDetails, details_pane
from annotator.gui.widgets.window_state import restore_window, save_window

SAVE_PREFS_MS = 1000   # the last document open is remembered this long after it opened


class MainWindow(QMainWindow):
    def __init__(self, project: Project, annotator: str, prefs: Prefs | None = None,
                 open_later: bool = False):
        """`open_later`: the window's first paint shows its frame only; the document and
        the list's rows follow in later event-loop turns (the application's start-up)."""
        super().__init__()
        self.project, self.annotator = project, annotator
        self.prefs = prefs or Prefs()
        set_arabic_digits(self.prefs.get("digits") == "arabic")  # before any count is shown
        self.setObjectName("mainWindow")
        self.undo_group = QUndoGroup(self)
        self.act = Actions(self, self.undo_group)
        build_menus(self, self.act)
        build_toolbar(self, self.act)
        self.documents = DocumentListModel(project, annotator, self, wait=open_later)
        self.spans = SpanListModel(project, self)
        self.labels = LabelListModel(project, self)
        self.document_panel = DocumentPanel(self.documents)
        self.label_palette = LabelPalette(self.labels)
        self.span_panel = SpanPanel(self.spans)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.preview = SelectionPreview(self)
        self.status.addWidget(self.preview)
        self.details = SpanDetails(project)
        self.doc_note = DocumentNote(project)
        for part in (self.details, self.doc_note):
            part.set_stack(lambda: self.editor.undo_stack())
            part.finished.connect(lambda: self.editor.setFocus())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.view_controls = ViewControls(self.act, self.prefs, lambda: self.editor,
                                          self.splitter, self)
        self.editor = self._new_editor()
        self.article = ArticlePane(self.editor, self.labels)

        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(self.label_palette)
        self.side.addWidget(self.span_panel)
        self.side.addWidget(details_pane(self.details, self.doc_note))
        self.side.setStretchFactor(1, 1)
        self.label_palette.add_header_action(self.act.labels)
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.document_panel, self.article, self.side):
            self.splitter.addWidget(widget)
        # Resizing gives or takes three pixels of the article's for each one of either list.
        for i, stretch in enumerate((1, 3, 1)):
            self.splitter.setStretchFactor(i, stretch)
        self.language = LanguageMenu(self, self.act.view_menu, self.prefs)
        self.theme = ThemeControls(self, self.act.color_scheme_menu, self.prefs, self._themed)
        central = QWidget()
        QVBoxLayout(central).addWidget(self.splitter)
        central.layout().setContentsMargins(8, 6, 8, 2)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)
        self._shown = False
        self._save_prefs = QTimer(self, singleShot=True, interval=SAVE_PREFS_MS)
        self._save_prefs.timeout.connect(self.prefs.save)
        self._subscription: Subscription | None = None
        self._connect()
        self.team = TeamMenu(self)
        self._keyboard_paths()
        restore_window(self, self.splitter)
        self.project_opened(in_steps=open_later)

    # --- wiring ------------------------------------------------------------------------
    def _new_editor(self):
        editor = DocumentEditor(self.project, self.annotator, self)
        if hasattr(self, "theme"):
            theme = current_theme()
            editor.set_dark(theme.dark, theme.base)
        self.view_controls.prepare(editor)
        editor.selectedSpanChanged.connect(lambda span_id: self.span_panel.select(span_id))
        editor.selectedSpanChanged.connect(self.details.show_span)
        editor.keys.detailsRequested.connect(self.edit_details)
        editor.links.hint.connect(self._hint)
        self.preview.follow(editor)
        editor.undoStackChanged.connect(self._use_stack)
        # Delete acts only in the editor: in the search box it must still erase text.
        editor.addAction(self.act.delete_span)
        # The editor switches exact mode itself too (its own Ctrl+E): keep the menu in step.
        editor.exactModeChanged.connect(self.act.exact_mode.setChecked)
        attach_suggestions(self, editor)
        return editor

    def _connect(self) -> None:
        a = self.act
        self.document_panel.documentActivated.connect(self.open_document)
        self.label_palette.labelClicked.connect(self.apply_label)
        self.span_panel.spanActivated.connect(self._jump_to_span)
        a.open_project.triggered.connect(
            lambda: self.open_project_file(files.choose_project(self, self.project.path)))
        a.new_project.triggered.connect(
            lambda: self.open_project_file(files.choose_new_project(self, self.project.path)))
        a.import_files.triggered.connect(
            lambda: self.import_paths(files.choose_import_files(self, self.project.path)))
        a.import_folder.triggered.connect(
            lambda: self.import_paths(files.choose_import_folder(self, self.project.path)))
        a.export.triggered.connect(lambda: ExportDialog(self.project, self.annotator, self).open())
        a.quit.triggered.connect(self.close)
        a.delete_span.triggered.connect(lambda: self.editor.delete_selected_span())
        a.link.triggered.connect(lambda: self.editor.links.start())
        a.span_details.triggered.connect(lambda: self.edit_details(self.editor.selected_span_id()))
        a.document_note.triggered.connect(lambda: self.doc_note.edit.setFocus())
        a.labels.triggered.connect(self.edit_labels)
        a.annotator.triggered.connect(self.change_annotator)
        a.preferences.triggered.connect(self.edit_preferences)
        a.previous.triggered.connect(lambda: self.go(-1))
        a.next.triggered.connect(lambda: self.go(1))
        a.mark_done.triggered.connect(lambda: self.finish(Status.DONE))
        a.skip.triggered.connect(lambda: self.finish(Status.SKIPPED))
        a.find.triggered.connect(self.article.find_bar.open_bar)
        a.find_next.triggered.connect(self.article.find_bar.next_hit)
        a.find_previous.triggered.connect(self.article.find_bar.previous_hit)
        a.find_documents.triggered.connect(lambda: self.document_panel.search.setFocus())
        a.shortcuts.triggered.connect(lambda: ShortcutsDialog(
            shortcut_rows(a.all(), self.project.labels.scheme()), self).open())
        a.about.triggered.connect(lambda: show_about(self))
        a.recent_menu.aboutToShow.connect(lambda: fill_recent(
            a.recent_menu, self.prefs.get("recent_projects"), self.project.path,
            self.open_project_file))

    def _keyboard_paths(self) -> None:
        """Tab through each panel in the order it is laid out, Escape from any of them back
        to the text, and a ring around whatever has the focus."""
        docs, spans = self.document_panel, self.span_panel
        bar = self.article.find_bar
        tab_chain([docs.search, docs.status_filter, docs.view, self.editor.text_view(),
                   bar.query, bar.label_combo, bar.mark_button, *spans.filter.combos.values(),
                   spans.view, *self.details.fields(), self.doc_note.edit])
        self.escape = EscapeTo(lambda: self.editor, self)
        self.escape.watch(docs.search, docs.status_filter, docs.view, spans.view,
                          *spans.filter.combos.values())
        self.focus_ring = FocusRing(self)
        self.small_window = SmallWindow(self, self.splitter, QLabel())
        self.status.addWidget(self.small_window.note, 1)

    def _themed(self, theme) -> None:
        self.editor.set_dark(theme.dark, theme.base)
        self.labels.reload()  # the palette's buttons rebuild in the new colours
        self.refresh_icons()

    def refresh_icons(self) -> None:
        self.act.refresh_icons(current_theme().text, self.isRightToLeft())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.refresh_icons()  # arrows point the way the window now reads

    def _use_stack(self, stack: QUndoStack | None) -> None:
        if stack is not None and stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    # --- documents ---------------------------------------------------------------------
    def current_document(self) -> int | None:
        return self.editor.document_id()

    def _remember_place(self) -> None:
        doc, view = self.current_document(), self.editor.text_view()
        if doc is not None:
            reading_place.remember(self.prefs, str(self.project.path.resolve()), doc,
                                   reading_place.place(view, view.renderer.offsets))
            self._save_prefs.start()

    def open_document(self, doc_id: int | None) -> None:
        self._remember_place()
        self.editor.set_document(doc_id)
        where = (reading_place.recall(self.prefs, str(self.project.path.resolve()), doc_id)
                 if doc_id is not None else None)
        if where is not None:  # back where the annotator was reading
            view = self.editor.text_view()
            reading_place.go_to(view, view.renderer.offsets, where)
        self._use_stack(self.editor.undo_stack())
        self.spans.set_document(doc_id)
        self.doc_note.show_document(doc_id)
        self.article.document_shown()
        self.document_panel.select(doc_id)
        last = dict(self.prefs.get("last_document") or {})
        last[str(self.project.path.resolve())] = doc_id
        # Written a moment later, once for a run of next/next/next, and when the window
        # closes: rewriting the file at every document took up to 36 ms on a busy disk.
        self.prefs.set("last_document", last, save=False)
        self._save_prefs.start()
        self._update_status()
        self.editor.setFocus()

    def go(self, step: int) -> None:
        target = self.document_panel.neighbour(self.current_document(), step)
        if target is None:
            self.statusBar().showMessage(self.tr("No more documents that way"), 3000)
        else:
            self.open_document(target)

    def finish(self, status: Status) -> None:
        """Mark done or skipped, then move on (the next one is chosen before the list
        changes, as a filter may hide the document just finished)."""
        doc_id = self.current_document()
        if doc_id is None:
            return
        target = self.document_panel.neighbour(doc_id, 1)
        self.project.statuses.set(doc_id, self.annotator, status)
        if target is not None:
            self.open_document(target)
        else:
            self.document_panel.select(doc_id)
            self._update_status()
            self.statusBar().showMessage(self.tr("That was the last document in the list"), 5000)

    def _follow(self, changes: list[Change]) -> None:
        """After the panels have followed a commit: hotkeys, work in progress, status bar."""
        if any(c.kind in SCHEME_KINDS for c in changes):
            self._yield_hotkeys()
        # The annotator's own first span turns a new document into work in progress for them;
        # a gold span written by curation, or spans imported for others, are not their work.
        for doc_id in {c.doc_id for c in changes if c.kind == Kind.SPAN_ADDED
                       and c.new is not None and c.new.annotator == self.annotator}:
            if (doc_id is not None
                    and self.project.statuses.get(doc_id, self.annotator) == Status.NEW):
                self.project.statuses.set(doc_id, self.annotator, Status.IN_PROGRESS)
        self.span_panel.select(self.editor.selected_span_id())
        self._update_status()

    def _yield_hotkeys(self) -> None:
        self.act.yield_to_hotkeys({lab.hotkey for lab in self.project.labels.scheme().labels})

    def apply_label(self, name: str) -> None:
        self.editor.apply_label(name)
        self.editor.setFocus()

    def edit_details(self, span_id: int | None) -> None:
        """F2: the selected span's label, attributes and note, by keyboard."""
        if span_id is None:
            self.statusBar().showMessage(self.tr("Select a span first (Tab goes from span to "
                                                 "span)"), 4000)
            return
        self.details.show_span(span_id)
        self.details.focus_first()

    def _hint(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _jump_to_span(self, span_id: int) -> None:
        self.editor.select_span(span_id)
        self.editor.setFocus()

    def _update_status(self) -> None:
        doc_id = self.current_document()
        self.status.show_state(
            index=self.documents.position(doc_id), total=self.documents.total(),
            spans=self.spans.total(), annotator=self.annotator,
            done=self.documents.count_status(Status.DONE))
        self.setWindowTitle(arg(self.tr("%1 — annotator"), self.project.path.stem))

    # --- project, import, labels, view -------------------------------------------------
    def open_project_file(self, path: Path | str | None) -> None:
        open_in_window(self, path)

    def project_opened(self, in_steps: bool = False) -> None:
        """Follow the project now in self.project (built or swapped in) and open its last
        document: now, or `in_steps` (after the window's next paint, the list after it)."""
        if self._subscription is not None:
            self._subscription.cancel()
        # Subscribed after the panels, so that they have followed a commit when this runs.
        self._subscription = self.project.events.subscribe_batches(self._follow)
        self.team.follow_server(self.project)
        self._yield_hotkeys()
        self.prefs.add_recent(self.project.path)
        if in_steps:
            open_in_steps(self, self.project)
        else:
            self.open_last_document()

    def open_last_document(self) -> None:
        """The document last open in this project, or its first (unless one is open)."""
        if self.current_document() is None:
            last = (self.prefs.get("last_document") or {}).get(str(self.project.path.resolve()))
            self.open_document(last if self.documents.exists(last) else self.documents.first_id())

    def import_paths(self, paths: list[Path]) -> None:
        if not paths:
            return
        # In the background (dialogs/long_run.py); the panels reload once, when it is over.
        run_import(self, self.project, paths, self.annotator, then=self._imported)

    def _imported(self, _summary: object) -> None:
        if self.current_document() is None and self.documents.total():
            self.open_document(self.documents.first_id())
        self.document_panel.select(self.current_document())
        self._update_status()

    def edit_labels(self) -> None:
        open_labels_dialog(self, self.project)

    def edit_preferences(self) -> None:
        if self.view_controls.edit_preferences():
            self.documents.layoutChanged.emit()  # counts in the chosen digits
            self.span_panel.refresh_title()
            self._update_status()

    def change_annotator(self) -> None:
        name = ask_annotator_name(self.annotator, self)
        if name and name != self.annotator:
            self.annotator = name
            self.prefs.set("annotator", name)
            self.editor.set_annotator(name)
            self.documents.set_annotator(name)
            self.document_panel.select(self.current_document())
            self._update_status()

    # --- drag and drop, geometry -------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            if len(paths) == 1 and paths[0].suffix == ".annotator":  # a project: open it
                self.open_project_file(paths[0])
            else:
                self.import_paths(paths)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Sized when first shown, once styles apply: the palette then needs no scrolling.
        # Only then: showing again (after minimising) keeps the split the annotator chose.
        if not self._shown:
            self._shown = True
            # The palette at most 45% (it scrolls), the span list three quarters of the rest.
            total = self.side.height() if self.side.height() > 200 else self.height() - 140
            palette = min(self.label_palette.sizeHint().height(), total * 9 // 20)
            rest = max(0, total - palette)
            self.side.setSizes([palette, rest * 3 // 4, rest - rest * 3 // 4])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.doc_note.commit()
        self.team.server_sync.stop()
        self._remember_place()
        save_window(self, self.splitter)
        super().closeEvent(event)
        if self._save_prefs.isActive():  # the last document, not written yet
            self._save_prefs.stop()
            self.prefs.save()
