"""The main window driven through its real widgets: navigation, statuses, filter, search,
palette, undo and redo from the Edit menu."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import Status
from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow
from test_window_support import select_text

SEED = "قال الرئيس في بَغْدَادَ إن الوزارة ستعلن"
TEXTS = [SEED, "وصل الوفد إلى القاهرة صباح اليوم", "Plain English text, the third one."]


@pytest.fixture
def docs(project):
    return [project.documents.add(t)[0] for t in TEXTS]


@pytest.fixture
def window(qtbot, project, docs):
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.show()
    return w


def click_document(qtbot, window, doc_id):
    panel = window.document_panel
    index = panel.model.index(panel.model.row_of(doc_id), 0)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_opens_first_document_and_shows_status(window, docs):
    assert window.current_document() == docs[0]
    assert "Document 1 of 3" in window.status.text()
    assert "Annotator: sara" in window.status.text()
    assert "0/3 done" in window.status.text()


def test_clicking_a_document_opens_it(qtbot, window, docs):
    click_document(qtbot, window, docs[1])
    assert window.current_document() == docs[1]
    assert window.editor.text_view().toPlainText() == TEXTS[1]
    assert "Document 2 of 3" in window.status.text()


def test_next_and_previous(window, docs):
    window.act.next.trigger()
    assert window.current_document() == docs[1]
    window.act.next.trigger()
    window.act.next.trigger()          # past the end: stays
    assert window.current_document() == docs[2]
    window.act.previous.trigger()
    assert window.current_document() == docs[1]


def test_mark_done_moves_on_and_is_counted(window, project, docs):
    window.act.mark_done.trigger()
    assert window.current_document() == docs[1]
    assert project.statuses.get(docs[0], "sara") == Status.DONE
    assert project.search.stats()["documents_by_status"]["done"] == 1
    model = window.documents
    assert model.index(model.row_of(docs[0]), 1).data() == "Done"
    assert "1/3 done" in window.status.text()
    window.act.skip.trigger()
    assert project.statuses.get(docs[1], "sara") == Status.SKIPPED
    assert window.current_document() == docs[2]


def test_status_filter(window, docs):
    window.act.mark_done.trigger()
    window.document_panel.set_status_filter(Status.DONE)
    assert window.documents.visible_ids() == [docs[0]]
    window.document_panel.set_status_filter(Status.NEW)
    assert window.documents.visible_ids() == docs[1:]
    # With "new" shown, finishing one moves to the next new one and hides the finished one.
    window.act.mark_done.trigger()
    assert window.current_document() == docs[2]
    assert window.documents.visible_ids() == [docs[2]]
    window.document_panel.set_status_filter(None)
    assert window.documents.visible_ids() == docs


def test_search_box_ignores_tashkeel(qtbot, window, docs):
    # QTest cannot type Arabic letters (it aborts), so the text goes in as an input method would.
    window.document_panel.search.insert("بغداد")
    qtbot.keyClick(window.document_panel.search, Qt.Key.Key_Return)
    assert window.documents.visible_ids() == [docs[0]]
    search = window.document_panel.search
    search.clear()
    assert window.document_panel._search_timer.isActive()  # typing waits for a pause...
    qtbot.keyClick(search, Qt.Key.Key_Return)               # ...Enter searches at once
    assert window.documents.visible_ids() == docs


def test_palette_click_labels_the_selection_and_edit_menu_undoes(qtbot, window, project, docs):
    select_text(window.editor, 4, 10)
    qtbot.mouseClick(window.label_palette.buttons["PER"], Qt.MouseButton.LeftButton)
    spans = project.spans.of(docs[0])
    assert [(s.start, s.end, s.label, s.annotator) for s in spans] == [(4, 10, "PER", "sara")]
    assert window.spans.rowCount() == 1
    # The first span puts the document in progress, and the list says so.
    assert project.statuses.get(docs[0], "sara") == Status.IN_PROGRESS
    assert window.documents.index(0, 1).data() == "In progress"
    assert window.documents.index(0, 2).data() == "1"
    assert "1 span" in window.status.text()

    assert window.act.undo.isEnabled()
    window.act.undo.trigger()
    assert project.spans.of(docs[0]) == []
    assert window.spans.rowCount() == 0
    window.act.redo.trigger()
    assert [(s.start, s.end, s.label) for s in project.spans.of(docs[0])] == [(4, 10, "PER")]


def test_span_list_click_selects_the_span_and_delete_removes_it(qtbot, window, project, docs):
    per = project.spans.add(docs[0], 4, 10, "PER", annotator="sara")
    project.spans.add(docs[0], 14, 23, "LOC", annotator="sara")
    window.open_document(docs[0])
    view = window.span_panel.view
    rect = view.visualRect(window.spans.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.selected_span_id() == window.spans.span_at(1).id
    window.act.delete_span.trigger()
    assert [s.id for s in project.spans.of(docs[0])] == [per.id]
    assert window.spans.rowCount() == 1


def test_undo_follows_the_open_document(window, project, docs):
    select_text(window.editor, 4, 10)
    window.apply_label("PER")
    window.act.next.trigger()
    assert not window.act.undo.isEnabled()   # nothing done in this document yet
    window.act.previous.trigger()
    assert window.act.undo.isEnabled()


def test_zoom_and_exact_mode_reach_the_editor(window):
    size = window.editor.font_size()
    window.act.zoom_in.trigger()
    assert window.editor.font_size() > size
    assert Prefs().get("font_size") == window.editor.font_size()
    window.act.exact_mode.trigger()
    assert window.editor.exact_mode() is True


def test_menus_hold_the_workflow(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "Document", "View", "Suggestions", "Team", "Help"]


def test_the_article_keeps_most_of_the_width(window):
    from PySide6.QtWidgets import QApplication

    def article_share() -> float:
        QApplication.processEvents()  # let the layout settle
        sizes = window.splitter.sizes()
        return sizes[1] / sum(sizes)
    assert article_share() >= 0.45           # first run, at the default 1280 pixels
    window.resize(1000, window.height())     # a smaller screen: the lists give way too
    assert article_share() >= 0.45


def test_showing_again_keeps_the_side_split(window):
    window.side.setSizes([120, 400])
    chosen = window.side.sizes()
    window.hide()
    window.show()
    assert window.side.sizes() == chosen
