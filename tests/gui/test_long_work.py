"""Long work runs beside the window, not on its thread: while an import (or a merge) runs on
its own connection, the event loop keeps turning, an edit made in the window is committed at
once as its own transaction (never part of the import's) and is kept, and when the import is
over the window lists the new documents."""
import sqlite3
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.gui.dialogs import import_run, long_run
from annotator.gui.main_window import MainWindow
from annotator.team import demo

TEXT = "وصل الوفد إلى بغداد صباح اليوم"


@pytest.fixture
def window(qtbot, project):
    project.documents.add(TEXT)
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.current_document() is not None)
    w.editor.setFocus()
    return w


@pytest.fixture
def gate(monkeypatch):
    """The import waits at its start until the test opens the gate: a long import, made
    long on purpose (the wait has an end so that code running it on the window's thread
    fails instead of hanging)."""
    opened = threading.Event()
    real = import_run.import_paths

    def held(*args, **kwargs):
        opened.wait(15)
        return real(*args, **kwargs)
    monkeypatch.setattr(import_run, "import_paths", held)
    return opened


def committed_spans(project):
    conn = sqlite3.connect(project.path)
    rows = conn.execute("SELECT start, end, label FROM spans").fetchall()
    conn.close()
    return rows


def mark_baghdad(qtbot, window):
    view = window.editor.text_view()
    start = TEXT.index("بغداد")
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.renderer.offsets.to_qt(start))
    cursor.setPosition(view.renderer.offsets.to_qt(start + 5), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, "3")                       # LOC
    return start, start + 5, "LOC"


def test_an_edit_during_a_long_import_is_its_own_and_kept(qtbot, window, project, tmp_path,
                                                          gate):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(demo.texts(40, seed=3, paragraphs=(1, 2))):
        (folder / f"{i:03}.txt").write_text(text, encoding="utf-8")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    window.import_paths([folder])                   # returns at once: the import runs beside
    assert long_run.busy()
    qtbot.waitUntil(lambda: len(ticks) >= 10)       # the event loop turns meanwhile
    span = mark_baghdad(qtbot, window)
    assert span in committed_spans(project)         # committed now, not with the import
    assert long_run.busy() and project.documents.count() == 1
    gate.set()
    qtbot.waitUntil(lambda: not long_run.busy(), timeout=120_000)
    timer.stop()
    assert project.documents.count() == 41
    assert span in committed_spans(project)         # kept
    assert window.documents.rowCount() == 41        # the store announced the import
    window.editor.undo_stack().undo()               # the edit is the window's own step
    assert span not in committed_spans(project)


def test_a_merge_runs_beside_the_window_and_cancel_merges_nothing(qtbot, window, project,
                                                                  tmp_path):
    from annotator.gui.team.merge_run import run_merge
    path = tmp_path / "ali.annotator"
    with Project(path) as p:
        for text in demo.texts(30, seed=9, paragraphs=(1, 1)):
            doc, _ = p.documents.add(text)
            for s, e, lab in demo.annotator_spans(text, "k", "ali"):
                p.spans.add(doc, s, e, lab, annotator="ali")
    run = run_merge(window, project, [path])
    run.cancel()                                     # Cancel at once: one transaction undone
    qtbot.waitUntil(lambda: not long_run.busy(), timeout=120_000)
    assert project.documents.count() == 1 and run.result is None
    run = run_merge(window, project, [path])
    qtbot.waitUntil(lambda: not long_run.busy(), timeout=120_000)
    assert project.documents.count() == 31 and run.result[0].new_documents == 30
    assert window.documents.rowCount() == 31
