"""What a label key will mark is shown before it is marked, and a mouse selection made where
the eye sees the word's edges marks exactly that word (بغداد inside وبغداد, Ctrl+3)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.widgets.selection_preview import FSI, LRI, PDI, plain, preview_text

# Long enough to wrap: Qt's own hit test is a letter off on wrapped right-to-left lines.
TEXT = ("قال الوزير في وبغداد اليوم إن الرئيس وصل. وقال للرئيس مستشاره: «سنعود» والرئيس "
        "بالرئيس الرَّئِيسُ الرئيـــس وصل إلى العاصمة بعد زيارة طويلة استمرت ثلاثة أيام.")
START, END = TEXT.index("بغداد"), TEXT.index("بغداد") + len("بغداد")


@pytest.fixture
def window(qtbot, project):
    project.documents.add(TEXT)
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    qtbot.waitExposed(w)
    w.editor.setFocus()
    return w


def edge(view, index: int) -> QPoint:
    """Where the caret bar is drawn before code point `index`: the word's visible edge."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(index)
    rect = view.cursorRect(cursor)
    return QPoint(rect.x(), rect.center().y())


def drag(qtbot, view, a: QPoint, b: QPoint) -> None:
    port = view.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(port, pos=QPoint((a.x() + b.x()) // 2, a.y()))
    qtbot.mouseMove(port, pos=b)
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=b)


def stored(project) -> list[str]:
    with Project(project.path) as other:
        return [TEXT[s.start:s.end] for d in other.documents.ids() for s in other.spans.of(d)]


def test_drag_from_the_words_edges_and_ctrl_3_stores_exactly_baghdad(qtbot, window, project):
    view = window.editor.text_view()
    lines = view.document().firstBlock().layout().lineCount()
    assert lines > 1                                   # the paragraph wraps
    drag(qtbot, view, edge(view, START), edge(view, END))
    assert window.editor.selected_text_range() == (START, END)
    preview = window.editor.mark_preview
    # Before marking: normal mode would take the whole word, and says so ...
    assert preview.range == (START - 1, END) and not preview.exact
    assert plain(window.preview.text()) == f"→ «وبغداد» {START - 1}–{END} (snapped)"
    # ... and holding Ctrl shows the exact characters Ctrl+3 will mark.
    qtbot.keyPress(view, Qt.Key.Key_Control)
    assert preview.range == (START, END) and preview.exact
    assert plain(window.preview.text()) == f"→ «بغداد» {START}–{END} (exact)"
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(view, Qt.Key.Key_Control)
    assert stored(project) == ["بغداد"]


def test_shift_arrows_and_ctrl_3_store_exactly_baghdad(qtbot, window, project):
    view = window.editor.text_view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(START)
    view.setTextCursor(cursor)
    for _ in range(5):  # forwards in an Arabic line
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    window.editor.set_exact_mode(True)
    assert window.editor.mark_preview.range == (START, END)
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert stored(project) == ["بغداد"]


def test_the_preview_is_painted_around_what_will_be_marked(qtbot, window):
    view = window.editor.text_view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(START)
    cursor.setPosition(END, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    shown = view.viewport().grab().toImage()
    window.editor.mark_preview.range = None              # the same selection, no preview
    view.viewport().repaint()
    bare = view.viewport().grab().toImage()
    left, right = edge(view, END), edge(view, START - 1)  # the word وبغداد on screen
    changed = [(x, y) for x in range(left.x() - 3, right.x() + 4)
               for y in range(left.y() - 30, left.y() + 30)
               if 0 <= y < shown.height() and shown.pixel(x, y) != bare.pixel(x, y)]
    assert changed, "no outline drawn around the words a key would mark"


def test_preview_isolates_the_snippet_and_the_numbers():
    line = preview_text(TEXT, (START, END), True, rtl=True)
    assert f"«{FSI}بغداد{PDI}»" in line and f"{LRI}{START}–{END}{PDI}" in line
    assert line.startswith("\u200f←")                  # the arrow points the way it reads
    assert preview_text(TEXT, (START, END), False).startswith("\u200e→")
    assert preview_text(TEXT, None, False, selected=False) == ""
