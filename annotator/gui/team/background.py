"""Team figures computed off the event loop: agreement over a large project takes minutes.

A job is plain Qt-free code, `job(project, stop) -> result`, run in a QThread on its own
Project opened on the same file (SQLite connections must not cross threads). `stop()` tells
the job that its result is no longer wanted; it may then raise Stopped. One job runs at a
time per Background; a newer request stops the running one and takes its place.
"""
from __future__ import annotations

import atexit
import logging
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from annotator.core.store import Project
from annotator.gui.messages import error_text
from annotator.team.agreement import Stopped

log = logging.getLogger(__name__)
Job = Callable[[Project, Callable[[], bool]], Any]
_running: set["_Worker"] = set()  # workers outlive their window until their job ends


class _Worker(QThread):
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, path: str, job: Job):
        super().__init__(QCoreApplication.instance())  # the application owns it, not a window
        self.path, self.job = path, job

    def run(self) -> None:
        try:
            with Project(self.path) as project:
                result = self.job(project, self.isInterruptionRequested)
        except Stopped:
            return
        except Exception as exc:  # shown in the view, never a traceback
            log.exception("background job failed")
            self.failed.emit(error_text(exc))
            return
        if not self.isInterruptionRequested():
            self.succeeded.emit(result)


class Background(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    busy = Signal(bool)

    def __init__(self, path: str, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self._worker: _Worker | None = None
        self._pending: Job | None = None

    def is_busy(self) -> bool:
        return self._worker is not None

    def run(self, job: Job) -> None:
        self._pending = job
        if self._worker is not None:
            self._worker.requestInterruption()  # _ended starts the pending job
            return
        self._start()

    def cancel(self) -> None:
        self._pending = None
        if self._worker is not None:
            self._worker.requestInterruption()

    def _start(self) -> None:
        job, self._pending = self._pending, None
        assert job is not None
        worker = self._worker = _Worker(self.path, job)
        _running.add(worker)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self.failed)
        worker.finished.connect(self._ended)
        worker.finished.connect(worker.deleteLater)
        self.busy.emit(True)
        worker.start(QThread.Priority.LowPriority)

    def _succeeded(self, result: Any) -> None:
        if self._pending is None and self.sender() is self._worker:
            # The figures are in: the bar goes with them, not a moment later when the
            # thread has wound down (finished is queued after this signal).
            self.busy.emit(False)
            self.succeeded.emit(result)

    def _ended(self) -> None:
        _running.discard(self.sender())  # type: ignore[arg-type]
        self._worker = None
        if self._pending is not None:
            self._start()
        else:
            self.busy.emit(False)


@atexit.register
def _wait_for_workers() -> None:
    for worker in list(_running):
        try:
            worker.requestInterruption()
            worker.wait()
        except RuntimeError:  # its window went first and Qt has already deleted it
            pass


class BusyBar(QWidget):
    """What a view shows while its figures are computed: a moving bar, a count, Cancel."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("busyBar")
        self.text = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # the total is not known beforehand
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(QCoreApplication.translate("", "Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.cancel)
        self.hide()
