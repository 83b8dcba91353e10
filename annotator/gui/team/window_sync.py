"""The window keeps a team server's working copy in sync by itself.

Every few seconds, on demand (Team > Sync now), and as soon as the server announces a commit
(PostgreSQL LISTEN/NOTIFY, heard in a thread of its own), a worker thread sends this copy's
changes and reads what the server has new, on connections of its own. What it read is applied
on the window's own project, in one transaction, so the panels, the curation view and the undo
stacks follow it as they follow an import or a local rename. The status bar says where things
stand: "synced 5 s ago", "offline, 12 changes waiting", "sync refused: ...".
"""
from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QLabel

from annotator.core.store import Project, changelog
from annotator.gui.digits import counted
from annotator.server import binding, pull
from annotator.server.connect import ServerError, Unreachable

log = logging.getLogger(__name__)
tr = lambda text: QCoreApplication.translate("WindowSync", text)  # noqa: E731

EVERY_MS = 10_000


class _SyncWorker(QThread):
    """Sends, then reads; the reading is applied by the window (read_done)."""
    read_done = Signal(object, str)       # what the server had, the next xmin
    offline = Signal(str)
    refused = Signal(str)

    def __init__(self, path: str):
        super().__init__(QCoreApplication.instance())
        self.path = path

    def run(self) -> None:
        from annotator.server.connect import connect, psycopg_module
        from annotator.server.sync import send_changes
        psycopg = psycopg_module()
        try:
            with Project(self.path) as project:
                bound = binding.read(project.conn)
                if bound is None:
                    return
                with connect(bound.url) as pg:
                    send_changes(project, pg, bound)
                    got, upto = pull.read_server(pg, bound.xmin)
            self.read_done.emit(got, upto)
        except Unreachable as exc:
            self.offline.emit(str(exc))
        except psycopg.OperationalError as exc:
            self.offline.emit(str(exc).splitlines()[0] if str(exc) else "connection lost")
        except (ServerError, psycopg.Error) as exc:
            self.refused.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        except Exception as exc:  # a broken sync must not take the window with it
            log.exception("background sync failed")
            self.refused.emit(str(exc))


class _Listener(QThread):
    """LISTENs for the server's commit announcements; reconnects every few seconds."""
    heard = Signal()

    def __init__(self, url: str):
        super().__init__(QCoreApplication.instance())
        self.url = url

    def run(self) -> None:
        from annotator.server.connect import connect
        while not self.isInterruptionRequested():
            try:
                with connect(self.url, autocommit=True) as conn:
                    conn.execute("LISTEN team_changed")
                    while not self.isInterruptionRequested():
                        if any(True for _ in conn.notifies(timeout=1.0, stop_after=1)):
                            self.heard.emit()
            except Exception:  # offline: the timer's syncs report it; try again soon
                for _ in range(50):
                    if self.isInterruptionRequested():
                        return
                    self.msleep(100)


class WindowSync(QObject):
    """One per window; follows the window's project (a working copy or not)."""
    changed = Signal(str)   # the status text

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.label = QLabel()
        self.label.setObjectName("syncStatus")
        window.statusBar().addPermanentWidget(self.label)
        self.label.hide()
        self.timer = QTimer(self, interval=EVERY_MS)
        self.timer.timeout.connect(self.sync_now)
        self.clock = QTimer(self, interval=1000)
        self.clock.timeout.connect(self._show)
        self.soon = QTimer(self, singleShot=True, interval=300)   # heard: sync, once
        self.soon.timeout.connect(self.sync_now)
        self._worker: _SyncWorker | None = None
        self._listener: _Listener | None = None
        self._again = False
        self._synced_at: float | None = None
        self._problem = ""
        self._url = ""

    # --- following the window's project ----------------------------------------------------
    def follow(self, project: Project) -> bool:
        """Sync `project` from now on if it is a working copy; whether it is."""
        self.stop()
        bound = binding.read(project.conn)
        if bound is None:
            self._url = ""
            self.label.hide()
            return False
        self._url, self._synced_at, self._problem = bound.url, None, ""
        self.label.show()
        self.timer.start()
        self.clock.start()
        self._listener = _Listener(bound.url)
        self._listener.heard.connect(self.soon.start)
        self._listener.start()
        self.sync_now()
        return True

    def stop(self) -> None:
        """No more syncing for this project (another opens, or the window closes): a sync
        under way finishes on its own, and what it read is dropped (the next one reads it)."""
        self.timer.stop()
        self.clock.stop()
        self.soon.stop()
        self._again = False
        self._url = ""
        if self._worker is not None:
            for signal in (self._worker.read_done, self._worker.offline, self._worker.refused,
                           self._worker.finished):
                signal.disconnect()
            self._worker = None
        if self._listener is not None:
            self._listener.heard.disconnect()
            self._listener.requestInterruption()
            self._listener.wait(3000)
            self._listener = None

    # --- syncing ---------------------------------------------------------------------------
    def running(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def sync_now(self) -> None:
        if not self._url:
            return
        if self.running():
            self._again = True
            return
        worker = _SyncWorker(str(self.window.project.path))
        worker.read_done.connect(self._apply)
        worker.offline.connect(lambda text: self._fail(text, offline=True))
        worker.refused.connect(lambda text: self._fail(text, offline=False))
        worker.finished.connect(self._finished)
        self._worker = worker
        self._show(tr("syncing…"))
        worker.start()

    def _apply(self, got: dict, upto: str) -> None:
        if not self._url:
            return
        project = self.window.project
        bound = binding.read(project.conn)
        if bound is None:
            return
        with project.transaction():
            pull.apply(project, got, bound.sent)
            binding.set_progress(project.conn, xmin=upto)
        self._synced_at, self._problem = time.monotonic(), ""

    def _fail(self, text: str, offline: bool) -> None:
        if not self._url:
            return
        waiting = changelog.waiting(self.window.project.conn,
                                    (binding.read(self.window.project.conn) or
                                     binding.Binding("", "", False, "0", 0)).sent)
        self._problem = (counted(self.tr("offline, %n change(s) waiting", "", waiting))
                         if offline else tr("sync refused: {reason}").format(reason=text))
        self.label.setToolTip(text)

    def _finished(self) -> None:
        self._worker = None
        self._show()
        if self._again:
            self._again = False
            self.sync_now()

    def _show(self, text: str | None = None) -> None:
        if text is None:
            if self._problem:
                text = self._problem
            elif self._synced_at is None:
                text = tr("not synced yet")
            else:
                ago = int(time.monotonic() - self._synced_at)
                text = (tr("synced just now") if ago < 2
                        else tr("synced {s} s ago").format(s=ago) if ago < 120
                        else tr("synced {m} min ago").format(m=ago // 60))
        if text != self.label.text():
            self.label.setText(text)
            self.changed.emit(text)

    def status_text(self) -> str:
        return self.label.text()
