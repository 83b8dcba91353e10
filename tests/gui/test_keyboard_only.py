"""A whole article annotated by keyboard alone in the main window (spans, a link, an attribute,
a note, mark done, next document), each step checked in the file through a second connection;
and the window's shortcuts working whichever panel has the focus."""
from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow

SEED = "قال الرئيس في بَغْدَادَ إن الوزارة ستعلن"
TEXTS = [SEED, "وصل الوفد إلى القاهرة صباح اليوم", "Plain English text, the third one."]
C, S, N = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
           Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def window(qtbot, project):
    for t in TEXTS:
        project.documents.add(t)
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.editor.setFocus()
    return w


@pytest.fixture
def store(project):
    conn = sqlite3.connect(str(project.path))

    class Store:
        def spans(self, doc=1):
            return [(SEED[s:e], label, json.loads(a)) for s, e, label, a in conn.execute(
                "SELECT start, end, label, attributes FROM spans WHERE doc_id = ? "
                "ORDER BY start", (doc,))]

        def links(self):
            return conn.execute("SELECT h.label, t.label, r.type FROM relations r "
                                "JOIN spans h ON h.id = r.head JOIN spans t ON t.id = r.tail"
                                ).fetchall()

        def status(self, doc=1):
            row = conn.execute("SELECT status FROM statuses WHERE doc_id = ?", (doc,)).fetchone()
            return row and row[0]
    yield Store()
    conn.close()


def type_text(widget, text: str) -> None:
    """Type any text (QTest's keyClicks takes Latin-1 only), one key press per character."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, N, ch))


def keys(qtbot, *presses):
    """Each press goes to whatever widget has the focus, as typing does."""
    for key, mods in presses:
        qtbot.keyClick(QApplication.focusWidget(), key, mods)


def test_a_whole_article_by_keyboard(qtbot, window, store):
    K = Qt.Key
    keys(qtbot, (K.Key_Home, C), (K.Key_Left, C))       # caret after قال (Left goes on in Arabic)
    keys(qtbot, (K.Key_Left, C | S), (K.Key_1, N))      # الرئيس selected by token: PER
    assert store.spans() == [("الرئيس", "PER", {})]
    keys(qtbot, (K.Key_Left, C), (K.Key_Left, C), (K.Key_Left, C))   # past في بغداد إن
    keys(qtbot, (K.Key_Left, C | S), (K.Key_Left, C | S), (K.Key_5, N))
    assert store.spans()[1] == ("الوزارة ستعلن", "QUOTE", {})
    keys(qtbot, (K.Key_K, C), (K.Key_Tab, N), (K.Key_Return, N))     # link it to the PER
    assert store.links() == [("QUOTE", "PER", "said_by")]
    keys(qtbot, (K.Key_F2, N))                          # the quote's details: kind first
    assert QApplication.focusWidget() is window.details.attr_boxes["kind"]
    keys(qtbot, (K.Key_Down, N))
    assert store.spans()[1][2] == {"kind": "direct"}
    keys(qtbot, (K.Key_Escape, N))
    assert QApplication.focusWidget() is window.editor.text_view()
    keys(qtbot, (K.Key_Z, C))
    assert store.spans()[1][2] == {}
    keys(qtbot, (K.Key_Y, C))
    assert store.spans()[1][2] == {"kind": "direct"}
    keys(qtbot, (K.Key_Tab, S), (K.Key_F2, N))          # back to the PER; it has no attributes
    assert QApplication.focusWidget() is window.details.note
    type_text(window.details.note, "المتحدث الرسمي")
    keys(qtbot, (K.Key_Return, N), (K.Key_Escape, N))
    assert store.spans()[0] == ("الرئيس", "PER", {"note": "المتحدث الرسمي"})
    keys(qtbot, (K.Key_Return, C))                      # mark done: the next document opens
    assert store.status() == "done"
    assert window.current_document() == 2 and window.editor.hasFocus()


def test_tab_goes_through_spans_in_reading_order_from_the_caret(qtbot, window, project):
    a = project.spans.add(1, SEED.index("الرئيس"), SEED.index("الرئيس") + 6, "PER")
    b = project.spans.add(1, SEED.index("بَغْدَادَ"), SEED.index("بَغْدَادَ") + 9, "LOC")
    c = project.spans.add(1, SEED.index("الوزارة"), len(SEED), "QUOTE")
    window.editor.set_document(1)
    window.editor.setFocus()
    keys(qtbot, (Qt.Key.Key_Home, C), (Qt.Key.Key_Left, C), (Qt.Key.Key_Left, C))
    seen = []
    for _ in range(4):
        keys(qtbot, (Qt.Key.Key_Tab, N))
        seen.append(window.editor.selected_span_id())
    assert seen == [b.id, c.id, a.id, b.id]
    keys(qtbot, (Qt.Key.Key_Tab, S))
    assert window.editor.selected_span_id() == a.id


def test_document_note_by_keyboard_and_undone(qtbot, window, project):
    keys(qtbot, (Qt.Key.Key_N, C | S))
    assert QApplication.focusWidget() is window.doc_note.edit
    type_text(window.doc_note.edit, "مصدر غير مؤكد")
    keys(qtbot, (Qt.Key.Key_Escape, N))                 # kept, and back to the text
    assert sqlite3.connect(str(project.path)).execute(
        "SELECT note FROM documents WHERE id = 1").fetchone()[0] == "مصدر غير مؤكد"
    assert QApplication.focusWidget() is window.editor.text_view()
    keys(qtbot, (Qt.Key.Key_Z, C))
    assert project.documents.note(1) == "" and window.doc_note.edit.toPlainText() == ""


@pytest.mark.parametrize("panel", ["editor", "documents", "search", "spans", "filter",
                                   "note", "doc_note"])
def test_window_shortcuts_work_whichever_panel_has_focus(qtbot, window, store, panel):
    widgets = {"editor": window.editor.text_view(), "documents": window.document_panel.view,
               "search": window.document_panel.search, "spans": window.span_panel.view,
               "filter": window.document_panel.status_filter, "note": window.details.note,
               "doc_note": window.doc_note.edit}
    window.details.show_span(None)
    widgets[panel].setFocus()
    keys(qtbot, (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier))       # next document
    assert window.current_document() == 2
    widgets[panel].setFocus()
    keys(qtbot, (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier))         # previous
    assert window.current_document() == 1
    widgets[panel].setFocus()
    keys(qtbot, (Qt.Key.Key_Return, C))                                    # mark done
    assert store.status(1) == "done" and window.current_document() == 2
