"""Every panel by keyboard: F2 then Tab stays in the span's details (the note, not the document
search), Escape from the search box, the document list and the span list comes back to the
text, and a ring shows which widget has the focus."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication

from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.gui.main_window import MainWindow

TEXT = "قال المتحدث: «سنعود إلى بغداد قريبا» ثم غادر القاعة."


@pytest.fixture
def window(qtbot, project):
    doc, _ = project.documents.add(TEXT)
    project.documents.add("خبر آخر عن الرئيس")
    start = TEXT.index("«") + 1
    project.spans.add(doc, start, TEXT.index("»"), "QUOTE", annotator="sara")
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    qtbot.waitUntil(w.isActiveWindow)
    w.editor.setFocus()
    return w


def focused():
    return QApplication.focusWidget()


def type_text(widget, text: str) -> None:
    for ch in text:  # as an Arabic layout types it
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def stored_note(project) -> str | None:
    with Project(project.path) as other:
        spans = [s for d in other.documents.ids() for s in other.spans.of(d)]
        return spans[0].attributes.get("note")


def test_f2_then_tab_goes_to_the_note_and_the_note_is_stored(qtbot, window, project):
    view = window.editor.text_view()
    qtbot.keyClick(view, Qt.Key.Key_Tab)                # the quote
    assert window.editor.selected_span_id() is not None
    qtbot.keyClick(view, Qt.Key.Key_F2)
    kind = window.details.attr_boxes["kind"]
    assert focused() is kind
    qtbot.keyClick(kind, Qt.Key.Key_Tab)
    assert focused() is window.details.note            # not the document search box
    type_text(window.details.note, "مصدر رسمي")
    qtbot.keyClick(window.details.note, Qt.Key.Key_Return)
    assert stored_note(project) == "مصدر رسمي"
    assert window.document_panel.search.text() == ""
    assert window.documents.rowCount() == 2            # the list was not filtered
    qtbot.keyClick(window.details.note, Qt.Key.Key_Tab)
    assert focused() is window.details.links
    qtbot.keyClick(window.details.links, Qt.Key.Key_Escape)
    assert focused() is view


@pytest.mark.parametrize("where", ["search", "list", "spans"])
def test_escape_from_a_panel_comes_back_to_the_text(qtbot, window, where):
    view = window.editor.text_view()
    if where == "search":
        qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        widget = window.document_panel.search
    else:
        widget = window.document_panel.view if where == "list" else window.span_panel.view
        widget.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is widget
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert focused() is view


def test_tab_follows_the_document_panel(qtbot, window):
    docs = window.document_panel
    qtbot.keyClick(window.editor.text_view(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert focused() is docs.search
    qtbot.keyClick(docs.search, Qt.Key.Key_Tab)
    assert focused() is docs.status_filter
    qtbot.keyClick(docs.status_filter, Qt.Key.Key_Tab)
    assert focused() is docs.view


def test_a_ring_shows_where_the_focus_is(qtbot, window):
    ring = window.focus_ring
    highlight = window.palette().color(QPalette.ColorRole.Highlight)
    qtbot.keyClick(window.editor.text_view(), Qt.Key.Key_Tab)   # a span: its details show
    for widget in (window.document_panel.search, window.span_panel.view, window.details.note,
                   window.editor.text_view()):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda w=widget: ring.widget() is w and ring.isVisible(), timeout=2000)
        image = window.grab().toImage()
        # The widget's top edge, a little in from its left: the ring's colour.
        top_left = widget.mapTo(window, widget.rect().topLeft())
        colors = [QColor(image.pixel(top_left.x() + 12, top_left.y() + dy)) for dy in range(4)]
        assert any(abs(c.red() - highlight.red()) + abs(c.green() - highlight.green())
                   + abs(c.blue() - highlight.blue()) < 60 for c in colors), widget.objectName()
