"""A user's own model's suggestions in the window: stored by `annotator suggest --model` (a
real spaCy pipeline folder), then answered with the same keys as the built-in suggesters'
(Alt+PgDown, Alt+Enter, Alt+Backspace); the store checked through a second connection."""
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.cli import main
from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.gui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from model_builders import spacy_pipeline  # noqa: E402  tests/unit/model_builders.py

TEXT = "قال أحمد سعيد في بغداد: «الوضع آمن» اليوم."
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, tmp_path):
    db = tmp_path / "p.annotator"
    with Project(db) as p:
        p.documents.add(TEXT)
    assert main(["suggest", "--db", str(db), "--model",
                 str(spacy_pipeline(tmp_path / "news_ner"))]) == 0
    project = Project(db)
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    w.editor.setFocus()
    yield w, db
    w.close()
    project.close()


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.editor.text_view(), k, mods)


def test_accept_and_reject_a_models_suggestions_by_keyboard(qtbot, window):
    w, db = window
    ctl = w.editor.suggestion_controller
    assert sorted((s.label, s.origin) for s in ctl.layer.items) == [
        ("LOC", "news_ner"), ("PER", "news_ner"), ("QUOTE", "news_ner")]
    view = w.editor.text_view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    key(qtbot, w, Qt.Key.Key_PageDown, ALT)            # the first: أحمد سعيد
    assert ctl.under_caret().label == "PER"
    key(qtbot, w, Qt.Key.Key_Return, ALT)              # accept
    key(qtbot, w, Qt.Key.Key_PageDown, ALT)            # بغداد
    assert ctl.under_caret().label == "LOC"
    key(qtbot, w, Qt.Key.Key_Backspace, ALT)           # reject
    conn = sqlite3.connect(db)
    spans = conn.execute("SELECT start, end, label, origin, annotator FROM spans").fetchall()
    states = dict(conn.execute("SELECT label, state FROM suggestions"))
    conn.close()
    assert spans == [(4, 13, "PER", "news_ner", "sara")]
    assert states == {"PER": "accepted", "LOC": "rejected", "QUOTE": "open"}
