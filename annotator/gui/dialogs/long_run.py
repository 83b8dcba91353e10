"""Long work (import, merge, export) off the window's thread, with a progress bar and Cancel.

A job is plain Qt-free code, `job(project, progress, cancelled) -> result`, run in a QThread
on its own Project opened on the same file, as the dashboard's agreement is
(gui/team/background.py): SQLite connections never cross threads, and an edit made in the
window (or in the curation window) meanwhile is its own transaction on the window's
connection, never part of the job's. The window stays responsive; the progress dialog is not
modal. What the job's project announced is announced again on the window's project when the
job is over (as one BULK change for the documents it touched, scheme changes one by one), so
the views reload what changed.
"""
from __future__ import annotations

import atexit
import logging
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.core.events import Change
from annotator.core.store import Project
from annotator.gui.messages import error_text

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
Job = Callable[[Project, Progress, Callable[[], bool]], Any]
_running: set["_Worker"] = set()  # kept alive until their job ends, whatever the window does
_active: set["LongRun"] = set()   # started and not yet told the window it is over


def busy() -> bool:
    """Whether a job runs or its end is still to be told (tests wait on this)."""
    return bool(_active)


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object, list)   # the job's result, the changes its project announced
    failed = Signal(str)

    def __init__(self, path: str, job: Job):
        super().__init__(QCoreApplication.instance())  # the application owns it, not a window
        self.path, self.job = path, job
        self.cancel_requested = False

    def run(self) -> None:
        changes: list[Change] = []
        try:
            with Project(self.path) as project:
                keep = project.events.subscribe(lambda c: changes.append(c))
                result = self.job(project, self._progress, self._cancelled)
                keep.cancel()
        except Exception as exc:  # said in one line in the window, never a traceback
            log.exception("long job failed")
            self.failed.emit(error_text(exc))
            self.succeeded.emit(None, changes)  # what was committed before still counts
            return
        self.succeeded.emit(result, changes)

    def _progress(self, done: int, total: int, what: str = "") -> None:
        self.progressed.emit(done, total, str(what))

    def _cancelled(self) -> bool:
        return self.cancel_requested


class LongRun(QObject):
    """One job in the background with a progress dialog; `done(result)` on the window's
    thread when it is over (result None if it failed: `failed(reason)` came first)."""
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, project: Project, title: str, label: str,
                 cancellable: bool = True):
        super().__init__(parent)
        self.project = project
        self.label = label
        self.dialog = QProgressDialog(label, QCoreApplication.translate("", "Cancel")
                                      if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        self.dialog.setMinimumDuration(300)  # a quick job never flashes a dialog
        self.dialog.setMinimumWidth(420)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self.worker: _Worker | None = None
        self.describe: Callable[[int, int, str], str] | None = None

    def start(self, job: Job) -> None:
        worker = self.worker = _Worker(str(self.project.path), job)
        _running.add(worker)
        worker.progressed.connect(self._progressed)
        worker.failed.connect(self.failed)
        worker.succeeded.connect(self._succeeded)
        worker.finished.connect(lambda: _running.discard(worker))
        worker.finished.connect(worker.deleteLater)
        self.result: Any = None
        _active.add(self)
        self.dialog.setValue(0)
        worker.start()

    def running(self) -> bool:
        return self.worker is not None

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_requested = True
            self.dialog.setLabelText(QCoreApplication.translate("", "Stopping…"))

    def wait(self) -> None:
        """Block until the job is over (closing the window, tests)."""
        if self.worker is not None:
            self.worker.wait()

    def _progressed(self, done: int, total: int, what: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if self.describe is not None and not (self.worker and self.worker.cancel_requested):
            self.dialog.setLabelText(self.describe(done, total, what))

    def _succeeded(self, result: Any, changes: list[Change]) -> None:
        self.worker = None
        self.result = result
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        try:
            announce(self.project, changes)
            self.done.emit(result)
        finally:
            _active.discard(self)


@atexit.register
def _wait_for_workers() -> None:
    """The application is quitting: a job is stopped at its next step (an import keeps the
    files it has committed) and waited for, so no thread outlives Qt."""
    for worker in list(_running):
        try:
            worker.cancel_requested = True
            worker.wait()
        except RuntimeError:  # Qt has already deleted it
            pass


def announce(project: Project, changes: list[Change]) -> None:
    """What another connection wrote, told to this project's views: one BULK change for the
    documents, scheme changes as they came."""
    if not changes:
        return
    try:
        with project.events.bulk():
            for change in changes:
                project.events.announce(change)
    except Exception:  # a closed project or a broken view: the data is in the file anyway
        log.exception("announcing a background job's changes failed")
