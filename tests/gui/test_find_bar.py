"""The find bar driven with the keyboard: Ctrl+F, typing, F3 / Shift+F3, hits painted over the
text, "mark all" in one step and its undo, checked in the store through a second connection."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication

from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.gui.main_window import MainWindow

TEXT = "قال الرَّئِيسُ في بَغْدَادَ إن الرئيـــس وصل إلى وبغداد، ثم عاد الرئيس إلى دمشق"


@pytest.fixture
def window(qtbot, project):
    project.documents.add(TEXT)
    project.documents.add("خبر آخر عن الرئيس")
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    return w


def open_and_type(qtbot, window, query: str):
    bar = window.article.find_bar
    window.editor.setFocus()
    qtbot.keyClick(window.editor.text_view(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.query.hasFocus()
    for ch in query:  # typed as an Arabic layout types it (QTest types ASCII only)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(bar.query, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                        ch))
    assert bar.query.text() == query
    qtbot.waitUntil(lambda: not bar._timer.isActive())
    return bar


def stored(project) -> list[tuple]:
    with Project(project.path) as other:  # a second connection sees only what was committed
        return sorted((s.id, s.start, s.end, s.label, s.annotator)
                      for d in other.documents.ids() for s in other.spans.of(d))


def test_ctrl_f_finds_every_form_of_the_word(qtbot, window):
    bar = open_and_type(qtbot, window, "الرئيس")
    hits = window.editor.find_hits()
    assert [TEXT[s:e] for s, e in hits] == ["الرَّئِيسُ", "الرئيـــس", "الرئيس"]
    assert bar.count.text() == "1 of 3"
    # the first hit is selected in the article, so a label key would mark just it
    assert window.editor.selected_text_range() == hits[0]


def test_f3_and_shift_f3_step_round_the_hits(qtbot, window):
    bar = open_and_type(qtbot, window, "بغداد")
    view = window.editor.text_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F3)
    assert bar.current() == 1 and bar.count.text() == "2 of 2"
    start, end = window.editor.find_hits()[1]
    assert TEXT[start - 1:end] == "وبغداد"          # found inside the clitic-joined word
    qtbot.keyClick(view, Qt.Key.Key_F3)
    assert bar.current() == 0                        # round again
    qtbot.keyClick(view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current() == 1


def test_hits_are_painted_over_the_unchanged_text(qtbot, window):
    open_and_type(qtbot, window, "دمشق")
    editor = window.editor
    view = editor.text_view()
    assert view.toPlainText() == TEXT               # nothing inserted
    qtbot.keyClick(window.article.find_bar.query, Qt.Key.Key_Escape)
    assert not window.article.find_bar.isVisible() and editor.find_hits() == []
    plain = view.viewport().grab().toImage()
    open_and_type(qtbot, window, "دمشق")
    editor.clear_selection()                         # only the hit fill, no selection colour
    view.viewport().repaint()
    marked = view.viewport().grab().toImage()
    start, end = editor.find_hits()[0]
    cursor = view.textCursor()
    cursor.setPosition(start)
    a = view.cursorRect(cursor)
    cursor.setPosition(end)
    b = view.cursorRect(cursor)
    box = QRect(min(a.x(), b.x()), a.y(), abs(a.x() - b.x()), a.height())
    changed = [QColor(marked.pixel(x, y)) for x in range(box.left(), box.right())
               for y in range(box.top(), box.bottom())
               if marked.pixel(x, y) != plain.pixel(x, y)]
    assert len(changed) > box.width() * box.height() // 3
    assert any(c.red() > 200 and c.blue() < 150 for c in changed)   # the yellow marker


def test_mark_all_then_undo_leaves_the_store_as_it_was(qtbot, window, project):
    doc = window.current_document()
    project.spans.add(doc, TEXT.index("دمشق"), TEXT.index("دمشق") + 4, "LOC", annotator="ali")
    window.open_document(doc)
    before = stored(project)
    bar = open_and_type(qtbot, window, "الرئيس")
    bar.label_combo.setCurrentIndex(bar.label_combo.findData("PER"))
    qtbot.mouseClick(bar.mark_button, Qt.MouseButton.LeftButton)
    after = stored(project)
    added = [row for row in after if row not in before]
    assert [(TEXT[s:e], label, who) for _, s, e, label, who in added] == [
        ("الرَّئِيسُ", "PER", "sara"), ("الرئيـــس", "PER", "sara"), ("الرئيس", "PER", "sara")]
    assert window.spans.rowCount() == 4
    assert window.act.undo.isEnabled()
    window.act.undo.trigger()                        # one step takes all three back
    assert stored(project) == before
    assert window.spans.rowCount() == 1
    window.act.redo.trigger()
    assert stored(project) == after                  # the same ids again
    # marking again adds nothing: the hits are already spans of that label
    qtbot.mouseClick(bar.mark_button, Qt.MouseButton.LeftButton)
    assert stored(project) == after


def test_the_query_follows_to_the_next_document(qtbot, window):
    bar = open_and_type(qtbot, window, "الرئيس")
    window.act.next.trigger()
    assert len(window.editor.find_hits()) == 1 and bar.count.text() == "1 of 1"


def test_ctrl_shift_f_still_searches_the_documents(qtbot, window):
    window.editor.setFocus()
    qtbot.keyClick(window.editor.text_view(), Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.document_panel.search.hasFocus()
    assert not window.article.find_bar.isVisible()


def test_enter_after_typing_stays_on_the_first_hit_then_steps(qtbot, window):
    bar = open_and_type(qtbot, window, "الرئيس")     # the search has run (its pause is over)
    assert bar.current() == 0
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    assert bar.current() == 0 and bar.count.text() == "1 of 3"
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    assert bar.current() == 1 and bar.count.text() == "2 of 3"
    # Enter pressed before the pause ends searches first and shows the first hit too.
    bar.query.clear()
    for ch in "دمشق":
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(bar.query, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                        ch))
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    assert bar.count.text() == "1 of 1"
    start, end = window.editor.find_hits()[0]
    assert TEXT[start:end] == "دمشق" and window.editor.selected_text_range() == (start, end)


ARTICLE = "قال للرئيس مستشاره، ثم أجاب والرئيس وصل بالرئيس ولِلرَّئِيسِ كلمة والرئيـــس حاضر"


def test_the_article_is_found_after_the_preposition_lam(qtbot, project):
    """الرئيس finds للرئيس (ل + ال, the alef not written), والرئيس, بالرئيس, with tashkeel
    and tatweel; Mark all then stores the article and its word, never the preposition."""
    doc, _ = project.documents.add(ARTICLE)
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    qtbot.waitUntil(w.isActiveWindow)
    bar = open_and_type(qtbot, w, "الرئيس")
    found = [ARTICLE[s:e] for s, e in w.editor.find_hits()]
    assert found == ["لرئيس", "الرئيس", "الرئيس", "لِلرَّئِيسِ"[2:], "الرئيـــس"]
    assert bar.count.text() == "1 of 5"
    bar.label_combo.setCurrentIndex(bar.label_combo.findData("PER"))
    qtbot.mouseClick(bar.mark_button, Qt.MouseButton.LeftButton)
    spans = stored(project)
    assert sorted(ARTICLE[s:e] for _, s, e, _, _ in spans) == sorted(found)
    assert all(ARTICLE[s - 1] != " " or ARTICLE[s] == "ا" for _, s, _, _, _ in spans)
