"""The span list's filter: label, layer, annotator and origin, through the real combo boxes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import Origin
from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow
from annotator.gui.models import Roles

TEXT = "قال الرئيس في بغداد إن وزارة الخارجية في دمشق ستعلن خطة جديدة"


def at(word: str) -> tuple[int, int]:
    i = TEXT.index(word)
    return i, i + len(word)


@pytest.fixture
def window(qtbot, project):
    doc, _ = project.documents.add(TEXT)
    project.spans.add(doc, *at("الرئيس"), "PER", annotator="sara")
    project.spans.add(doc, *at("بغداد"), "LOC", annotator="ali", origin=Origin.IMPORTED)
    project.spans.add(doc, *at("وزارة الخارجية"), "ORG", annotator="sara",
                     origin=Origin.SUGGESTED)
    project.spans.add(doc, *at("دمشق"), "LOC", annotator="sara")
    project.spans.add(doc, *at("ستعلن خطة جديدة"), "CLAIM", annotator="ali")
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.show()
    return w


def shown(window) -> list[str]:
    model = window.span_panel.view.model()
    return [TEXT[model.index(r, 0).data(Roles.Start):model.index(r, 0).data(Roles.End)]
            for r in range(model.rowCount())]


def pick(qtbot, combo, text: str) -> None:
    """Choose an entry with the keyboard, as an annotator would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} is not offered"


def test_filter_by_each_field_and_together(qtbot, window):
    combos = window.span_panel.filter.combos
    assert len(shown(window)) == 5
    pick(qtbot, combos["label"], "LOC")
    assert shown(window) == ["بغداد", "دمشق"]
    assert window.span_panel.title.text() == "Spans (2 of 5)"
    assert "5 spans" in window.status.text()         # the status bar still counts them all
    pick(qtbot, combos["annotator"], "ali")
    assert shown(window) == ["بغداد"]
    pick(qtbot, combos["label"], "All labels")
    pick(qtbot, combos["layer"], "claim")
    assert shown(window) == ["ستعلن خطة جديدة"]
    pick(qtbot, combos["layer"], "All layers")
    pick(qtbot, combos["annotator"], "All annotators")
    pick(qtbot, combos["origin"], "suggested")
    assert shown(window) == ["وزارة الخارجية"]
    pick(qtbot, combos["origin"], "imported")
    assert shown(window) == ["بغداد"]
    pick(qtbot, combos["origin"], "manual")
    assert shown(window) == ["الرئيس", "دمشق", "ستعلن خطة جديدة"]


def test_choices_come_from_the_document(window):
    combos = window.span_panel.filter.combos
    assert [combos["annotator"].itemText(i) for i in range(combos["annotator"].count())] == [
        "All annotators", "ali", "sara"]
    assert [combos["layer"].itemData(i) for i in range(combos["layer"].count())] == [
        "", "claim", "entity"]


def test_the_filter_stays_while_spans_change_and_a_row_still_jumps(qtbot, window, project):
    pick(qtbot, window.span_panel.filter.combos["label"], "LOC")
    doc = window.current_document()
    start, end = at("الخارجية")
    window.editor.text_view().setFocus()
    from test_window_support import select_text
    select_text(window.editor, start, end)
    qtbot.keyClick(window.editor.text_view(), Qt.Key.Key_3)      # LOC
    assert len(project.spans.of(doc)) == 6
    assert shown(window) == ["بغداد", "الخارجية", "دمشق"]
    view = window.span_panel.view
    rect = view.visualRect(view.model().index(2, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = project.spans.get(window.editor.selected_span_id())
    assert TEXT[selected.start:selected.end] == "دمشق"


def test_an_empty_result_says_so(qtbot, window):
    pick(qtbot, window.span_panel.filter.combos["label"], "PER")
    pick(qtbot, window.span_panel.filter.combos["annotator"], "ali")
    assert shown(window) == []
    assert window.span_panel.empty.isVisible()
    assert "filter" in window.span_panel.empty.text()
