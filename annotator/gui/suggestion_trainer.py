"""Retraining the project's model in another process as documents are marked done, so the
window never waits for it: `annotator train` runs under QProcess and writes the model into
the project file; the editor loads it when the process ends."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QProcess, Signal

from annotator.core.store import Project


def done_count(project: Project) -> int:
    return project.conn.execute(
        "SELECT count(DISTINCT doc_id) FROM statuses WHERE status = 'done'").fetchone()[0]


class BackgroundTrainer(QObject):
    finished = Signal(bool, str)  # ok, the command's last line (scores or the reason)
    MIN_DONE = 2

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self._process: QProcess | None = None
        self._again = False
        self._trained_at = done_count(project)  # what this session has seen already
        self.enabled = True

    def running(self) -> bool:
        return self._process is not None

    def maybe_train(self) -> bool:
        """Train when documents were marked done since the last training; True if started."""
        count = done_count(self.project)
        if not self.enabled or count == self._trained_at or count < self.MIN_DONE:
            return False
        return self.train()

    def train(self) -> bool:
        if self._process is not None:
            self._again = True  # more was marked done meanwhile: train once more after
            return False
        self._trained_at = done_count(self.project)
        proc = QProcess(self)
        proc.setProgram(sys.executable)
        proc.setArguments(["-m", "annotator", "train", "--db", str(self.project.path)])
        proc.finished.connect(self._done)
        self._process = proc
        proc.start()
        return True

    def _done(self, code: int, _status: QProcess.ExitStatus) -> None:
        proc, self._process = self._process, None
        if proc is None:
            return
        out = bytes(proc.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(proc.readAllStandardError().data()).decode("utf-8", "replace")
        lines = [ln for ln in (out or err).splitlines() if ln.strip()]
        proc.deleteLater()
        self.finished.emit(code == 0, lines[-1] if lines else "")
        if self._again:
            self._again = False
            self.maybe_train()

    def stop(self) -> None:
        """End a running training (the window is closing); the stored model is untouched."""
        if self._process is not None:
            proc, self._process = self._process, None
            proc.finished.disconnect(self._done)
            proc.kill()
            proc.waitForFinished(3000)
