"""Start-up: first run opens the seeded default project; the name is asked once; bad projects
end with a message and exit status 2."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core.paths import default_project_path
from annotator.core.prefs import Prefs
from annotator.gui import app


@pytest.fixture
def asked(monkeypatch):
    """Answers the annotator-name dialog with "sara" and counts how often it was shown."""
    calls = []

    def answer(default, parent=None):
        calls.append(default)
        return "sara"
    monkeypatch.setattr(app, "ask_annotator_name", answer)
    return calls


def test_first_run_opens_the_seeded_default_project(qtbot, asked, seed_text):
    window = app.create_window(None)
    qtbot.addWidget(window)
    assert window.project.path == default_project_path()
    assert window.project.documents.count() >= 1
    assert window.editor.text_view().toPlainText() == seed_text
    assert window.isVisible()
    assert "Annotator: sara" in window.status.text()
    assert Prefs().get("annotator") == "sara"
    window.project.close()


def test_the_name_is_asked_once(qtbot, asked):
    for _ in range(2):
        window = app.create_window(None)
        qtbot.addWidget(window)
        window.close()
        window.project.close()
    assert asked == [asked[0]]


def test_declining_a_name_opens_nothing(monkeypatch):
    monkeypatch.setattr(app, "ask_annotator_name", lambda default, parent=None: None)
    assert app.create_window(None) is None
    assert not default_project_path().exists()


def test_run_returns_the_event_loop_code(qtbot, asked, tmp_path):
    QTimer.singleShot(0, lambda: QApplication.instance().exit(0))
    assert app.run(str(tmp_path / "new.annotator")) == 0
    assert QApplication.applicationName() == "annotator"
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "mainWindow":
            qtbot.addWidget(w)


def test_run_refuses_a_file_that_is_not_a_project(monkeypatch, asked, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    bad = tmp_path / "notes.annotator"
    bad.write_text("just some notes")
    assert app.run(str(bad)) == 2
    assert "not an annotator project" in shown[0]
    assert bad.read_text() == "just some notes"


def test_check_on_a_first_run_never_waits_for_the_name_dialog(isolated_home):
    """`annotator gui --check` on a machine that never ran the app: it opens the seeded default
    project, prints one line and quits, and remembers no name for the real first run."""
    import json
    import os
    import subprocess
    import sys
    env = {**os.environ, "ANNOTATOR_HOME": str(isolated_home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "annotator", "gui", "--check"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "window open on default.annotator: 1 documents" in result.stdout
    prefs = json.loads((isolated_home / "preferences.json").read_text(encoding="utf-8"))
    assert not prefs.get("annotator")


def _project_of(path, count: int) -> list[int]:
    from annotator.core.store import Project
    project = Project(path)
    ids = [project.documents.add(f"مقال رقم {i} عن دمشق")[0] for i in range(count)]
    project.close()
    return ids


def test_the_window_paints_its_frame_before_the_document_and_the_list(qtbot, asked, tmp_path):
    """Start-up in steps: the first paint holds neither the document's text nor the list's
    rows (laying them out made it the longest turn); the document the annotator last had open
    follows, then every row of the list."""
    from PySide6.QtCore import QEvent, QObject
    path = tmp_path / "many.annotator"
    ids = _project_of(path, 300)
    Prefs().set("last_document", {str(path.resolve()): ids[250]})
    window = app.create_window(path, open_later=True)
    qtbot.addWidget(window)
    painted = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append((window.current_document(), window.documents.rowCount(),
                                window.editor.text_view().toPlainText()))
            return False
    watch = Watch()
    window.installEventFilter(watch)
    assert window.current_document() is None and window.documents.rowCount() == 0
    qtbot.waitUntil(lambda: window.current_document() == ids[250])
    assert painted == [(None, 0, "")]
    assert window.editor.text_view().toPlainText() == "مقال رقم 250 عن دمشق"
    qtbot.waitUntil(lambda: not window.documents.loading())
    assert window.documents.rowCount() == 300
    assert window.document_panel.view.currentIndex().row() == 250  # the open one, selected
    window.project.close()


def test_run_opens_the_document_once_the_window_is_up(qtbot, asked, tmp_path):
    path = tmp_path / "p.annotator"
    ids = _project_of(path, 3)
    seen: list[int | None] = []

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
        if windows:
            seen.append(windows[0].current_document())
            if seen[-1] is not None:
                QApplication.instance().exit(0)
    poll = QTimer(interval=1)
    poll.timeout.connect(look)
    poll.start()
    give_up = QTimer(singleShot=True, interval=20_000)  # stopped below: it must not end a
    give_up.timeout.connect(lambda: QApplication.instance().exit(1))  # later test's loop
    give_up.start()
    code = app.run(str(path))
    poll.stop()
    give_up.stop()
    assert code == 0
    assert seen[0] is None and seen[-1] == ids[0]
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "mainWindow":
            qtbot.addWidget(w)
