"""The team's part of the window: hand out, merge, agreement, curation and the dashboard.

`TeamMenu(window)` adds a Team menu (and the hand-out and merge entries to the File menu) to
the main window and opens the team windows; the main window only creates it.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.core.events import SPAN_KINDS, Kind
from annotator.gui.team.background import Background
from annotator.team.agreement import GOLD, document_f1s

# What can change a document's agreement: spans, statuses (done or not), bulk writes.
FOLLOWED = SPAN_KINDS | {Kind.STATUS_CHANGED, Kind.BULK, Kind.LABEL_RENAMED, Kind.LABEL_REMOVED,
                         Kind.SCHEME_REPLACED}
DEBOUNCE_MS = 400


def tr(text: str) -> str:
    # The empty context is where pyside6-lupdate files a bare tr("...") call.
    return QCoreApplication.translate("", text)


class TeamMenu:
    def __init__(self, window: Any, gold: str = GOLD):  # the MainWindow
        self.window, self.gold = window, gold
        self._followed: Any = None          # the project whose announcements we hear
        self._subscription: Any = None
        self._column: Background | None = None
        self._debounce = QTimer(window)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)  # a burst of edits: one computation
        self._debounce.timeout.connect(self.show_agreement_column)
        self.hand_out = QAction(tr("&Hand out to annotators…"), window)
        self.hand_out.setStatusTip(tr("Write one project file per annotator with their "
                                       "documents"))
        self.merge = QAction(tr("&Merge annotators' files…"), window)
        self.merge.setStatusTip(tr("Bring annotators' project files back into this project"))
        self.agreement = QAction(tr("&Agreement…"), window)
        self.agreement.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.curate = QAction(tr("&Curate…"), window)
        self.curate.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.curate.setStatusTip(tr("Build the gold annotation from the annotators' spans"))
        self.dashboard = QAction(tr("&Progress dashboard…"), window)
        self.dashboard.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.sync = QAction(tr("&Sync with the server"), window)
        self.sync.setShortcut(QKeySequence("F9"))
        self.sync.setStatusTip(tr("Send this working copy's changes to the team server and "
                                  "bring in what others did"))
        menu = QMenu(tr("&Team"), window)
        menu.setObjectName("teamMenu")
        menu.addActions([self.hand_out, self.merge])
        menu.addSeparator()
        menu.addActions([self.agreement, self.curate, self.dashboard])
        menu.addSeparator()
        menu.addAction(self.sync)
        bar = window.menuBar()
        entries = bar.actions()
        bar.insertMenu(entries[-1], menu) if entries else bar.addMenu(menu)  # before Help
        self._add_to_file_menu()
        self.hand_out.triggered.connect(self.open_hand_out)
        self.merge.triggered.connect(self.open_merge)
        self.agreement.triggered.connect(self.open_agreement)
        self.curate.triggered.connect(lambda: self.open_curation())
        self.dashboard.triggered.connect(self.open_dashboard)
        from annotator.gui.team.window_sync import WindowSync
        self.server_sync = WindowSync(window)
        self.sync.triggered.connect(self.server_sync.sync_now)

    def _add_to_file_menu(self) -> None:
        export = getattr(getattr(self.window, "act", None), "export", None)
        for entry in self.window.menuBar().actions():
            menu: Any = entry.menu()
            if menu is not None and export in menu.actions():
                after = menu.actions()[menu.actions().index(export) + 1:]
                before = after[0] if after else None
                menu.insertActions(before, [self.hand_out, self.merge])
                return

    # --- the windows ----------------------------------------------------------------------
    @property
    def project(self):
        return self.window.project

    def open_hand_out(self) -> None:
        from annotator.gui.team.hand_out_dialog import HandOutDialog
        HandOutDialog(self.project, self.window).open()

    def open_merge(self) -> None:
        from annotator.gui.team.merge_run import choose_files, run_merge
        run_merge(self.window, self.project, choose_files(self.window, self.project.path.parent),
                  then=self._merged)

    def _merged(self, reports) -> None:
        if any(r.changed for r in reports):  # the window follows the merge's announcement
            self.show_agreement_column()

    def open_agreement(self) -> None:
        from annotator.gui.team.agreement_view import AgreementView
        view = AgreementView(self.project, self.gold, self.window)
        view.computed.connect(self._set_column)
        view.curate.connect(lambda queue, doc_id: self.open_curation(queue, doc_id))
        view.show()

    def open_curation(self, queue: list[int] | None = None, doc_id: int | None = None):
        from annotator.gui.team.curation_view import CurationView
        if queue is None:
            queue = self._worst_first()
        current = getattr(self.window, "current_document", lambda: None)()
        start = doc_id if doc_id is not None else (current if current in queue else None)
        view = CurationView(self.project, queue, gold=self.gold, parent=self.window)
        if start is not None:
            view.set_document(start)
        view.show()
        view.raise_()
        view.activateWindow()  # its keys, not the main window's, from the start
        return view

    def open_dashboard(self) -> None:
        from annotator.gui.team.dashboard import Dashboard
        Dashboard(self.project, self.gold, self.window).show()

    # --- the main window's document list --------------------------------------------------
    def _worst_first(self) -> list[int]:
        """Documents finished by two or more, worst F1 first (from spans: quick on large
        projects); the document list's agreement column shows the same figures."""
        per_doc = document_f1s(self.project, gold=self.gold)
        per_doc.sort(key=lambda d: (d.f1_exact is not None, d.f1_exact or 0.0))
        self._set_column({d.doc_id: d.f1_exact for d in per_doc})
        return [d.doc_id for d in per_doc]

    def follow_server(self, project: Any) -> None:
        """A working copy of a team server syncs in the background; Sync now is offered only
        there."""
        self.sync.setEnabled(self.server_sync.follow(project))

    def show_agreement_column(self) -> None:
        """Compute the column off the event loop; it then follows the store's announcements."""
        project = self.project
        if self._column is None or self._column.path != str(project.path):
            if self._column is not None:
                self._column.cancel()
            self._column = Background(str(project.path), self.window)
            self._column.succeeded.connect(self._set_column)
        gold = self.gold
        self._column.run(lambda p, stop: {d.doc_id: d.f1_exact
                                          for d in document_f1s(p, gold=gold, stop=stop)})

    def _follow(self, changes: list[Any]) -> None:
        if self._column_shown():
            self._debounce.start()

    def _column_shown(self) -> bool:
        return getattr(getattr(self.window, "documents", None), "agreement_shown", False)

    def _set_column(self, values: dict[int, float | None] | None) -> None:
        model = getattr(self.window, "documents", None)
        if model is not None and hasattr(model, "set_agreement"):
            model.set_agreement(values)
        if values is not None and self._followed is not self.project:
            if self._subscription is not None:
                self._subscription.cancel()
            self._followed = self.project
            self._subscription = self.project.events.subscribe_batches(self._follow,
                                                                       FOLLOWED)
