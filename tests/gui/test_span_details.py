"""The span details panel and the span list, driven by mouse: attributes, notes and links set,
shown, removed and undone, checked in the file through a second connection."""
from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow
from annotator.gui.models.spans import LABEL

TEXT = "قال الرئيس في بغداد إن الوزارة ستعلن النتائج غدا"
C = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, project):
    doc, _ = project.documents.add(TEXT)
    per = project.spans.add(doc, 4, 10, "PER")
    quote = project.spans.add(doc, TEXT.index("الوزارة"), len(TEXT), "QUOTE")
    project.spans.add_relation(doc, quote.id, per.id, "said_by")
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def stored(project):
    conn = sqlite3.connect(str(project.path))
    yield lambda sql: conn.execute(sql).fetchall()
    conn.close()


def click_row(qtbot, view, row: int, col: int = 0) -> None:
    rect = view.visualRect(view.model().index(row, col))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose(qtbot, box, text: str) -> None:
    """Open a combo box with the mouse and click one of its items."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval())  # a popup ignores a click made at once
    row = box.findText(text)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_span_list_shows_each_spans_links(window):
    model = window.spans
    # the PER is the link's tail, the quote its head
    assert [model.index(r, LABEL).data() for r in range(model.rowCount())] == \
        ["PER ← QUOTE", "QUOTE → PER"]
    tips = [model.index(r, LABEL).data(Qt.ItemDataRole.ToolTipRole).splitlines()[1]
            for r in range(model.rowCount())]
    assert tips == ["said_by ← QUOTE الوزارة ستعلن النتائج غ…", "said_by → PER الرئيس"]


def test_attribute_and_note_by_mouse_then_undone(qtbot, window, stored):
    click_row(qtbot, window.span_panel.view, 1)          # the quote, from the span list
    assert window.details.span.label == "QUOTE"
    assert [window.details.links.item(i).text() for i in range(window.details.links.count())] \
        == ["said_by → PER الرئيس"]
    assert "sara" not in window.details.made.text() and "by hand" in window.details.made.text()
    choose(qtbot, window.details.attr_boxes["kind"], "indirect")
    assert stored("SELECT attributes FROM spans WHERE label = 'QUOTE'") == \
        [(json.dumps({"kind": "indirect"}),)]
    qtbot.mouseClick(window.details.note, Qt.MouseButton.LeftButton)
    window.details.note.setText("quoted from a statement")
    qtbot.keyClick(window.details.note, Qt.Key.Key_Return)
    assert json.loads(stored("SELECT attributes FROM spans WHERE label = 'QUOTE'")[0][0]) == \
        {"kind": "indirect", "note": "quoted from a statement"}
    window.act.undo.trigger()                             # Edit > Undo, by mouse in the menu
    assert json.loads(stored("SELECT attributes FROM spans WHERE label = 'QUOTE'")[0][0]) == \
        {"kind": "indirect"}
    assert window.details.note.text() == ""
    window.act.undo.trigger()
    assert stored("SELECT attributes FROM spans WHERE label = 'QUOTE'") == [("{}",)]
    assert window.details.attr_boxes["kind"].currentText() == "—"


def test_relabel_and_remove_a_link_in_the_panel_then_undo(qtbot, window, stored):
    click_row(qtbot, window.span_panel.view, 0)           # the PER
    choose(qtbot, window.details.label, "ORG  (2)")
    assert stored("SELECT label FROM spans ORDER BY start") == [("ORG",), ("QUOTE",)]
    click_row(qtbot, window.details.links, 0)
    qtbot.mouseClick(window.details.unlink, Qt.MouseButton.LeftButton)
    assert stored("SELECT * FROM relations") == []
    assert window.spans.index(0, LABEL).data() == "ORG"    # the list followed the store
    window.act.undo.trigger()
    assert stored("SELECT type FROM relations") == [("said_by",)]
    assert window.spans.index(0, LABEL).data() == "ORG ← QUOTE"
    assert window.details.links.count() == 1


def test_selection_preview_in_the_status_bar(qtbot, window):
    from test_window_support import select_text
    start = TEXT.index("بغداد") + 2                      # from inside the word ...
    select_text(window.editor, start, start + 6)          # ... into the next one
    from annotator.gui.widgets.selection_preview import plain
    assert plain(window.preview.text()) == f"→ «بغداد إن» {start - 2}–{start + 6} (snapped)"
    window.editor.set_exact_mode(True)
    assert plain(window.preview.text()) == f"→ «{TEXT[start:start + 6]}» {start}–{start + 6} (exact)"
    window.editor.clear_selection()
    assert window.preview.text() == ""
