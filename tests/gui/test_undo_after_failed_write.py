"""A write that fails in the window (the project locked too long by another program, a
read-only project, a full disk) is said in a message, and the undo stack keeps to what the file
holds: the failed step is not on it as if done, and undo goes to the step before."""
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import annotator.core.store.connection as connection
from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.gui.main_window import MainWindow

UNDO = Qt.KeyboardModifier.ControlModifier


def _errors() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets()
            if w.objectName() == "errorBox" and w.isVisible()]


def _close_errors() -> None:
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "errorBox" and w.isVisible():
            w.close()


@pytest.fixture
def other(project):
    """A second connection to the project file: what the file holds, and a lock to hold."""
    conn = sqlite3.connect(str(project.path), isolation_level=None)
    yield conn
    conn.close()


def _spans(conn, text):
    return [(text[s:e], label) for s, e, label in
            conn.execute("SELECT start, end, label FROM spans ORDER BY start")]


def test_a_write_refused_by_a_held_lock_leaves_the_stack_as_the_file(
        qtbot, ui_on, window_on_seed, seed_text, other, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_BUSY_TIMEOUT", "0.2")
    editor = window_on_seed.editor
    ui, view, stack = ui_on(editor), editor.text_view(), editor.undo_stack()
    ui.drag(*ui.find(seed_text, "التحالف الدولي"))
    ui.press(Qt.Key.Key_2, "2")
    assert _spans(other, seed_text) == [("التحالف الدولي", "ORG")]

    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    ui.drag(*ui.find(seed_text, "قوات سوريا الديمقراطية"))
    ui.press(Qt.Key.Key_1, "1")
    assert any("busy" in t for t in _errors()), _errors()
    assert stack.count() == 1 and stack.index() == 1 and stack.undoText() == "add ORG"
    other.execute("ROLLBACK")
    assert _spans(other, seed_text) == [("التحالف الدولي", "ORG")]
    _close_errors()

    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)  # undo goes to the step before the failed one
    assert _spans(other, seed_text) == [] and stack.index() == 0
    qtbot.keyClick(view, Qt.Key.Key_Y, UNDO)
    assert _spans(other, seed_text) == [("التحالف الدولي", "ORG")]

    # An undo that cannot be written: the span stays in the file, and the step leaves the
    # stack (neither undone nor waiting to be redone).
    other.execute("BEGIN IMMEDIATE")
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    other.execute("ROLLBACK")
    assert any("busy" in t for t in _errors())
    assert _spans(other, seed_text) == [("التحالف الدولي", "ORG")]
    assert stack.count() == 0 and not stack.canRedo()
    _close_errors()

    ui.drag(*ui.find(seed_text, "قوات سوريا الديمقراطية"))  # the lock gone, edits go on
    ui.press(Qt.Key.Key_1, "1")
    assert sorted(_spans(other, seed_text)) == sorted([("التحالف الدولي", "ORG"),
                                                       ("قوات سوريا الديمقراطية", "PER")])
    assert stack.count() == 1 and _errors() == []


def test_a_read_only_project_says_so_and_keeps_no_step(qtbot, ui_on, project, seed_doc,
                                                       seed_text, monkeypatch, tmp_path):
    project.close()
    monkeypatch.setattr(connection, "_writable", lambda path: False)
    read_only = Project(project.path)
    window = MainWindow(read_only, "tester", Prefs())
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    ui, stack = ui_on(editor), editor.undo_stack()
    ui.drag(*ui.find(seed_text, "التحالف الدولي"))
    ui.press(Qt.Key.Key_2, "2")
    assert any("read-only" in t for t in _errors()), _errors()
    assert stack.count() == 0 and not stack.canUndo()
    assert sqlite3.connect(project.path).execute("SELECT count(*) FROM spans").fetchone() == (0,)
    box = next(w for w in QApplication.topLevelWidgets()
               if w.objectName() == "errorBox" and w.isVisible())
    box.grab().save(str(tmp_path / "read-only-edit.png"))
    window.close()
    read_only.close()
