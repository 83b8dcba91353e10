"""Retraining the project's model in another process as documents are marked done, so the
window never waits for it: `annotator train` runs under QProcess and writes the model into
the project file; the editor loads it when the process ends. In the standalone build the
program itself is `annotator` (sys.executable is the app, not a Python), so it is started with
the subcommand alone."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QProcess, Signal

from annotator.core.store import Project


def done_count(project: Project) -> int:
    return project.conn.execute(
        "SELECT count(DISTINCT doc_id) FROM statuses WHERE status = 'done'").fetchone()[0]


def train_command(db: str) -> tuple[str, list[str]]:
    """The program and arguments that train the model of project `db`."""
    if getattr(sys, "frozen", False):  # the standalone app takes the subcommands itself
        return sys.executable, ["train", "--db", db]
    return sys.executable, ["-m", "annotator", "train", "--db", db]


class BackgroundTrainer(QObject):
    finished = Signal(bool, str)  # ok, the command's last line (scores or the reason)
    started = Signal()
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
        program, args = train_command(str(self.project.path))
        proc.setProgram(program)
        proc.setArguments(args)
        proc.finished.connect(self._done)
        proc.errorOccurred.connect(self._error)
        self._process = proc
        proc.start()
        self.started.emit()
        return True

    def _error(self, error: QProcess.ProcessError) -> None:
        """A program that cannot be started never finishes: say so instead of waiting."""
        if error != QProcess.ProcessError.FailedToStart or self._process is None:
            return
        proc, self._process = self._process, None
        reason = proc.errorString()
        proc.deleteLater()
        self.finished.emit(False, reason)

    def _done(self, code: int, _status: QProcess.ExitStatus) -> None:
        proc, self._process = self._process, None
        if proc is None:
            return
        out = bytes(proc.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(proc.readAllStandardError().data()).decode("utf-8", "replace")
        # the scores on success; on failure the reason, which the command writes to stderr
        lines = [ln for ln in ((out or err) if code == 0 else (err or out)).splitlines()
                 if ln.strip()]
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
