"""A whole session in the main window on the seed article, driven with the mouse and keys:
each edit is in the file at once (a second connection sees it), and a new window on the same
file shows the same spans."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import Status
from annotator.gui import app

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def start(qtbot, monkeypatch):
    monkeypatch.setattr(app, "ask_annotator_name", lambda default, parent=None: "sara")
    windows = []

    def start():
        window = app.create_window(None)  # first run: the default project, seeded
        qtbot.addWidget(window)
        windows.append(window)
        return window
    yield start
    for window in windows:
        window.project.close()


def test_a_session_is_saved_as_it_goes_and_comes_back(qtbot, start, ui_on, seed_text):
    window = start()
    doc = window.current_document()
    text = window.project.documents.get(doc).text
    assert text == seed_text
    other = sqlite3.connect(str(window.project.path))

    def seen() -> list[tuple[str, str]]:
        rows = other.execute("SELECT start, end, label FROM spans")
        return sorted((text[s:e], label) for s, e, label in rows)

    ui = ui_on(window.editor)
    window.editor.setFocus()

    ui.drag(*ui.find(text, "دير الزور"))
    ui.press(Qt.Key.Key_3, "٣")                      # an Arabic layout types ٣ on that key
    assert seen() == [("دير الزور", "LOC")]
    assert window.project.statuses.get(doc, "sara") == Status.IN_PROGRESS
    assert window.spans.rowCount() == 1 and "1 span" in window.status.text()

    start_, end = ui.find(text, "لداعش")
    ui.drag(start_ + 1, end)                          # داعش without its clitic
    ui.press(Qt.Key.Key_2, "", CTRL)                  # Ctrl: exactly those characters
    assert seen() == [("داعش", "ORG"), ("دير الزور", "LOC")]

    ui.press(Qt.Key.Key_4, "٤")                       # relabels the span just made
    assert seen() == [("داعش", "MISC"), ("دير الزور", "LOC")]
    window.act.delete_span.trigger()
    assert seen() == [("دير الزور", "LOC")]
    window.act.undo.trigger()
    assert seen() == [("داعش", "MISC"), ("دير الزور", "LOC")]
    window.act.redo.trigger()
    assert seen() == [("دير الزور", "LOC")]
    window.act.undo.trigger()
    assert seen() == [("داعش", "MISC"), ("دير الزور", "LOC")]
    window.act.mark_done.trigger()
    assert other.execute("SELECT count(*) FROM spans").fetchone() == (2,)
    other.close()

    shown = sorted(window.editor.span_ids())
    window.close()
    window.project.close()
    again = start()
    assert again.current_document() == doc
    assert sorted(again.editor.span_ids()) == shown
    assert again.spans.rowCount() == 2
    assert again.project.statuses.get(doc, "sara") == Status.DONE
