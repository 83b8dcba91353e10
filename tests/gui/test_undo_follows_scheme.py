"""Undo stays true to the store when the scheme changes under it (issue 10, first defect), and
the span list never shows a span twice after undo (second defect). Driven through the window's
real widgets; the store is checked through a second connection."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.gui.labels_dialog import LabelsDialog
from annotator.gui.models import Roles

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def other(project):
    conn = sqlite3.connect(str(project.path))
    yield lambda: sorted(conn.execute("SELECT start, end, label FROM spans").fetchall())
    conn.close()


def words(text, rows):
    return [(text[s:e], label) for s, e, label in rows]


def labels_dialog(qtbot, window) -> LabelsDialog:
    window.act.labels.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, LabelsDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def choose(qtbot, dialog, name):
    item = dialog.list._item(name)
    rect = dialog.list.visualItemRect(item)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def add_and_delete(qtbot, window, ui, text, word):
    ui.drag(*ui.find(text, word))
    ui.press(Qt.Key.Key_2, "2")                                    # ORG
    ui.press(Qt.Key.Key_Delete)


def test_undo_after_a_rename_restores_the_span_under_the_new_name(
        qtbot, window_on_seed, ui_on, seed_text, other, caplog):
    window = window_on_seed
    editor, ui = window.editor, ui_on(window.editor)
    add_and_delete(qtbot, window, ui, seed_text, "التحالف الدولي")
    assert other() == []
    stack = editor.undo_stack()
    assert (stack.count(), stack.index()) == (2, 2)

    dialog = labels_dialog(qtbot, window)
    choose(qtbot, dialog, "ORG")
    dialog.name_edit.setFocus()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "ORGANISATION")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    dialog.accept()
    assert "ORGANISATION" in window.label_palette.buttons and "ORG" not in window.label_palette.buttons

    editor.setFocus()
    qtbot.keyClick(editor.text_view(), Qt.Key.Key_Z, CTRL)         # undo the delete
    assert words(seed_text, other()) == [("التحالف الدولي", "ORGANISATION")]
    assert (stack.count(), stack.index()) == (2, 1)
    assert window.spans.rowCount() == 1
    qtbot.keyClick(editor.text_view(), Qt.Key.Key_Z, CTRL)         # undo the add
    assert other() == [] and stack.index() == 0
    qtbot.keyClick(editor.text_view(), Qt.Key.Key_Y, CTRL)         # and redo it
    assert words(seed_text, other()) == [("التحالف الدولي", "ORGANISATION")]
    assert "unknown label" not in caplog.text


def test_removing_a_label_clears_the_stacks_that_could_not_apply(
        qtbot, window_on_seed, ui_on, seed_text, other, monkeypatch):
    window = window_on_seed
    editor, ui = window.editor, ui_on(window.editor)
    add_and_delete(qtbot, window, ui, seed_text, "التحالف الدولي")
    ui.drag(*ui.find(seed_text, "دير الزور"))
    ui.press(Qt.Key.Key_3, "3")                                    # LOC, kept
    before = other()
    assert words(seed_text, before) == [("دير الزور", "LOC")]
    stack = editor.undo_stack()
    assert stack.count() == 3

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = labels_dialog(qtbot, window)
    choose(qtbot, dialog, "ORG")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert "ORG" not in window.label_palette.buttons

    # The stack named ORG, which is gone: it was cleared, not left to fail on Ctrl+Z.
    assert (stack.count(), stack.canUndo()) == (0, False)
    editor.setFocus()
    qtbot.keyClick(editor.text_view(), Qt.Key.Key_Z, CTRL)
    assert other() == before
    assert window.spans.rowCount() == 1


def test_a_command_the_store_refuses_leaves_the_stack(qtbot, window_on_seed, ui_on, seed_text,
                                                      project, other):
    """Another program removed the span's label behind the window's back (no announcement
    reached this window): Ctrl+Z cannot apply, and the command leaves the stack."""
    window = window_on_seed
    editor, ui = window.editor, ui_on(window.editor)
    add_and_delete(qtbot, window, ui, seed_text, "التحالف الدولي")
    stack = editor.undo_stack()
    outside = sqlite3.connect(str(project.path))
    outside.execute("PRAGMA foreign_keys = ON")
    outside.execute("DELETE FROM labels WHERE name = 'ORG'")
    outside.commit()
    outside.close()
    editor.setFocus()
    qtbot.keyClick(editor.text_view(), Qt.Key.Key_Z, CTRL)
    assert other() == []
    assert stack.count() == 1 and stack.index() == 1  # the delete is gone; the add remains


def test_span_list_after_undo_shows_each_span_once(qtbot, window_on_seed, ui_on, seed_text,
                                                   project, other):
    window = window_on_seed
    conn = sqlite3.connect(str(project.path))

    def stored_ids() -> list[tuple[int]]:
        return conn.execute("SELECT id FROM spans").fetchall()
    editor, ui = window.editor, ui_on(window.editor)
    for word, key in (("دير الزور", Qt.Key.Key_3), ("التحالف الدولي", Qt.Key.Key_2),
                      ("قوات سوريا الديمقراطية", Qt.Key.Key_2)):
        ui.drag(*ui.find(seed_text, word))
        ui.press(key, "")
    editor.clear_selection()
    panel = window.span_panel
    first = window.spans.index(0, 0)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(first).center())   # click a span in the list
    assert editor.selected_span_id() is not None
    ui.drag(*ui.find(seed_text, "داعش"))
    ui.press(Qt.Key.Key_2, "")                                     # mark a new one
    assert len(other()) == 4 and window.spans.rowCount() == 4
    qtbot.keyClick(editor.text_view(), Qt.Key.Key_Z, CTRL)
    assert len(other()) == 3
    view = panel.view
    shown = [view.model().index(r, 0).data(Roles.SpanId) for r in range(view.model().rowCount())]
    assert sorted(shown) == sorted(r[0] for r in stored_ids())
    assert "(3)" in panel.title.text() and "3 spans" in window.status.text()
