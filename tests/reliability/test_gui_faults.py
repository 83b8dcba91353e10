"""The GUI meets the same faults as the command line: a message naming the cause, never a
traceback, and nothing of the project or a previous export lost."""
from __future__ import annotations

import errno
import os
import sqlite3

from PySide6.QtWidgets import QApplication

from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.gui import error_hook
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.main_window import MainWindow
from conftest import write_jsonl_corpus


def _window(qtbot, project):
    window = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(window)
    window.show()
    return window


def _boxes(name: str) -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets()
            if w.objectName() == name and w.isVisible()]


def test_export_on_a_full_disk_keeps_the_previous_file(qtbot, project, tmp_path, monkeypatch):
    project.documents.add("قال الرئيس في بغداد")
    window = _window(qtbot, project)
    out = tmp_path / "train.jsonl"
    out.write_text("previous\n", encoding="utf-8")

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(os, "fsync", full)
    dialog = ExportDialog(project, "sara", window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(out))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    from annotator.gui.dialogs import long_run
    qtbot.waitUntil(lambda: not long_run.busy(), timeout=60_000)  # written in the background
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
    assert any("disk full" in text for text in _boxes("summaryBox"))


def test_import_on_a_full_disk_says_so_and_keeps_the_project(qtbot, project, tmp_path,
                                                            monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    write_jsonl_corpus(tmp_path / "in", files=10, docs_per_file=50)
    from annotator.gui.dialogs import long_run
    window = _window(qtbot, project)
    pages = project.conn.execute("PRAGMA page_count").fetchone()[0]

    def small_disk(path):  # the import writes on its own connection (gui/dialogs/long_run.py)
        opened = Project(path)
        opened.conn.execute(f"PRAGMA max_page_count = {pages + 10}")
        return opened
    monkeypatch.setattr(long_run, "Project", small_disk)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "in"))
    window.act.import_folder.trigger()
    qtbot.waitUntil(lambda: not long_run.busy(), timeout=120_000)
    assert project.documents.count() == 0
    texts = _boxes("summaryBox")
    assert any("The import stopped: disk full" in text for text in texts), texts
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "summaryBox")
    box.grab().save(str(tmp_path / "import-disk-full.png"))


def test_a_failed_write_anywhere_is_a_message_not_a_traceback(qtbot, project, capsys):
    window = _window(qtbot, project)
    window.activateWindow()
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.Error as exc:
        error_hook.handle(type(exc), exc, exc.__traceback__)
    texts = _boxes("errorBox")
    assert any("disk full" in t and "everything before it is in the file" in t for t in texts)
    assert "Traceback" not in capsys.readouterr().err


def test_a_locked_project_in_the_window_waits_then_says_busy(qtbot, project, monkeypatch):
    doc, _ = project.documents.add("قال الرئيس في بغداد")
    _window(qtbot, project)
    monkeypatch.setenv("ANNOTATOR_BUSY_TIMEOUT", "0.3")
    other = sqlite3.connect(project.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        project.spans.add(doc, 4, 10, "PER", annotator="sara")
    except sqlite3.Error as exc:
        assert error_hook.message_for(exc).startswith("The project could not be changed: busy")
    else:
        raise AssertionError("the write went through a held lock")
    finally:
        other.rollback()
        other.close()
    assert project.spans.count() == 0


def test_preferences_that_cannot_be_written_cost_only_the_preferences(qtbot, project, tmp_path,
                                                                      capsys):
    """A preferences folder that cannot be made (here a file stands in its way; a read-only
    home does the same): the window opens, moves and closes as usual, one line names the
    file, and nothing is left half-written."""
    ids = [project.documents.add(t)[0] for t in ("قال الرئيس في بغداد", "وصل الوفد إلى دمشق")]
    blocker = tmp_path / "config"
    blocker.write_text("not a folder", encoding="utf-8")
    prefs = Prefs(blocker / "preferences.json")
    window = MainWindow(project, "sara", prefs)
    qtbot.addWidget(window)
    window.show()
    window.act.next.trigger()
    assert window.current_document() == ids[1]
    window.close()
    err = capsys.readouterr().err
    assert err.count("preferences not saved") == 1 and str(blocker) in err
    assert "Traceback" not in err
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert prefs.get("last_document")[str(project.path.resolve())] == ids[1]  # kept in memory
