"""The window from the keyboard and the smaller menus: hotkeys in the editor, Delete only in the
editor, the Labels dialog refreshing the palette, shortcuts, annotator, mirrored layout."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from annotator.core.model import Status
from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow
from test_window_support import select_text

TEXTS = ["قال الرئيس في بغداد إن الوزارة ستعلن", "وصل الوفد إلى القاهرة صباح اليوم"]


@pytest.fixture
def window(qtbot, project):
    for text in TEXTS:
        project.documents.add(text)
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    return w


def test_hotkey_in_the_editor_makes_a_span_and_the_window_follows(qtbot, window, project):
    doc = window.current_document()
    select_text(window.editor, 4, 10)
    view = window.editor.text_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert [(s.start, s.end, s.label) for s in project.spans.of(doc)] == [(4, 10, "PER")]
    assert window.spans.rowCount() == 1
    assert project.statuses.get(doc, "sara") == Status.IN_PROGRESS
    assert "1 span" in window.status.text()


def test_delete_key_erases_in_the_search_box_not_spans(qtbot, window, project):
    doc = window.current_document()
    span = project.spans.add(doc, 4, 10, "PER", annotator="sara")
    window.open_document(doc)
    window.editor.select_span(span.id)
    search = window.document_panel.search
    search.insert("abc")
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "ab"
    assert len(project.spans.of(doc)) == 1


def test_labels_dialog_change_reaches_the_palette(qtbot, window, project):
    window.act.labels.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if w.__class__.__name__ == "LabelsDialog" and w.isVisible()]
    assert dialogs
    project.labels.add("GPE", "entity")      # as the dialog does, then it signals
    dialogs[0].schemeChanged.emit()
    assert "GPE" in window.label_palette.buttons
    assert window.labels.label_index("GPE").isValid()
    dialogs[0].reject()


def test_palette_tooltips_carry_the_guideline(window):
    assert "person" in window.label_palette.buttons["PER"].toolTip()
    assert "1" in window.label_palette.buttons["PER"].toolTip()


def test_shortcuts_dialog_lists_actions_and_label_keys(window):
    window.act.shortcuts.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.__class__.__name__ == "ShortcutsDialog")
    rows = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
            for r in range(dialog.table.rowCount())]
    assert ("Label PER (Entity)", "\u20661\u2069") in rows   # the key isolated left to right
    assert any(what == "Mark done" for what, _ in rows)
    dialog.reject()


def test_changing_the_annotator_changes_whose_status_is_shown(monkeypatch, window, project):
    doc = window.current_document()
    project.statuses.set(doc, "sara", "done")
    window.documents.refresh_document(doc)
    monkeypatch.setattr("annotator.gui.main_window.ask_annotator_name",
                        lambda default, parent=None: "omar")
    window.act.annotator.trigger()
    assert Prefs().get("annotator") == "omar"
    assert window.documents.index(0, 1).data() == "New"      # omar has not finished it
    assert "Annotator: omar" in window.status.text()


def test_font_size_dialog(monkeypatch, window):
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (22, True))
    window.act.font_size.trigger()
    assert window.editor.font_size() == 22
    assert Prefs().get("font_size") == 22


def test_mirrored_layout_is_remembered(window):
    window.act.rtl_layout.trigger()
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert Prefs().get("rtl_layout") is True
    finally:
        window.act.rtl_layout.trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_annotator_name_dialog_needs_a_name(qtbot):
    from annotator.gui.dialogs.annotator_name import AnnotatorNameDialog
    dialog = AnnotatorNameDialog("")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.edit, "  Sara   Ali ")
    assert ok.isEnabled() and dialog.name() == "Sara Ali"
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_window_shortcuts_give_way_to_label_hotkeys(window, project):
    from PySide6.QtGui import QKeySequence
    assert window.act.shortcuts.shortcut() == QKeySequence("F1")
    project.labels.add("EVENT", "entity", hotkey="F1")
    project.labels.add("NORP", "entity", hotkey="Q")           # announced: the window follows
    assert window.act.shortcuts.shortcut().isEmpty()        # F1 now labels EVENT
    assert window.act.quit.shortcut().isEmpty()             # Ctrl+Q is exact-mode NORP
    assert window.act.mark_done.shortcut() == QKeySequence("Ctrl+Return")


def test_quote_marks_inside_quotes_is_a_remembered_choice(qtbot, window, project):
    text = "قال الوزير “سنعلن القرار غدا” في المؤتمر"
    doc, _ = project.documents.add(text)
    window.documents.reload()
    window.open_document(doc)
    start, end = text.index("“"), text.index("”") + 1
    view = window.editor.text_view()

    def mark(key: Qt.Key) -> tuple[str, str]:
        select_text(window.editor, start - 1, end + 1)  # the spaces and both marks
        view.setFocus()
        qtbot.keyClick(view, key)
        span = max(project.spans.of(doc), key=lambda s: s.id)
        return text[span.start:span.end], span.label

    assert mark(Qt.Key.Key_5) == ("سنعلن القرار غدا", "QUOTE")   # marks left out by default
    window.act.quote_marks.trigger()
    assert Prefs().get("quote_marks_inside") is True
    assert mark(Qt.Key.Key_6) == ("“سنعلن القرار غدا”", "CLAIM")
    assert mark(Qt.Key.Key_4)[0] == "سنعلن القرار غدا"            # an entity never keeps them

    again = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(again)
    assert again.act.quote_marks.isChecked()


def test_zooming_in_the_editor_is_remembered(qtbot, window):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    view = window.editor.text_view()
    view.setFocus()
    size = window.editor.font_size()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.font_size() == size + 1 == Prefs().get("font_size")
    wheel = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert window.editor.font_size() == size == Prefs().get("font_size")
