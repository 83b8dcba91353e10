"""A long document reopens where the annotator was reading (the top line and the caret, kept in
the preferences), and a resize keeps the first character in view at the top."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.prefs import Prefs
from annotator.gui.editor.reading_place import first_visible
from annotator.gui.main_window import MainWindow

PARAGRAPH = ("دعت قوات سوريا الديمقراطية دول التحالف الدولي لمحاربة داعش إلى تقديم المزيد من "
             "الدعم في حربها طويلة الأمد، ووضع استراتيجية واضحة، عسكرية وأمنية وسياسية.")
LONG = "\n\n".join(f"الفقرة {i}: {PARAGRAPH}" for i in range(120))


def make(qtbot, project, width=1200):
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.resize(width, 760)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    qtbot.waitUntil(w.isActiveWindow)
    return w


@pytest.fixture
def docs(project):
    long_id, _ = project.documents.add(LONG)
    other, _ = project.documents.add("خبر قصير عن الرئيس")
    return long_id, other


def top_of(window) -> int:
    view = window.editor.text_view()
    return first_visible(view, view.renderer.offsets)


def scroll_down(qtbot, window, pages: int) -> None:
    """Scroll as the wheel or the scroll bar does, then click a word in view (the caret)."""
    view = window.editor.text_view()
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + pages * bar.pageStep())
    middle = view.viewport().rect().center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=middle)


def test_reopening_a_long_document_returns_to_the_place(qtbot, project, docs):
    long_id, other = docs
    window = make(qtbot, project)
    window.open_document(long_id)
    scroll_down(qtbot, window, 12)
    top = top_of(window)
    caret = window.editor.text_view().textCursor().position()
    assert top > 1000
    view = window.editor.text_view()
    qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)   # next
    assert window.current_document() == other
    qtbot.keyClick(window.editor.text_view(), Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier)                             # back
    assert window.current_document() == long_id
    assert top_of(window) == top
    assert window.editor.text_view().textCursor().position() == caret
    window.close()
    # A new session (preferences read again from the file) opens it at the same place.
    again = make(qtbot, project)
    assert again.current_document() == long_id
    assert top_of(again) == top


def test_a_resize_keeps_the_first_character_in_view(qtbot, project, docs):
    long_id, _ = docs
    window = make(qtbot, project)
    window.open_document(long_id)
    scroll_down(qtbot, window, 10)
    top = top_of(window)
    line_start = LONG.rfind("\n", 0, top + 1) + 1
    for width in (800, 1400, 1024):
        window.resize(width, 760)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        now = top_of(window)
        # The same paragraph's text is at the top: the first line there holds `top`.
        assert line_start <= now <= top, (width, now, top)


def test_page_down_goes_on_through_a_long_document(qtbot, project, docs):
    """PageDown moves a screen at a time to the end (Qt's own paging stopped at the end of
    the first line, "الفقرة 0: ...", at this width), PageUp comes back, Shift selects."""
    long_id, _ = docs
    window = make(qtbot, project)
    window.open_document(long_id)
    view = window.editor.text_view()
    view.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        seen.append((view.verticalScrollBar().value(), view.textCursor().position()))
    assert all(b[0] > a[0] and b[1] > a[1] for a, b in zip(seen, seen[1:])), seen
    assert seen[0][0] > 0
    for _ in range(200):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.textCursor().position() == len(LONG)
    qtbot.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ShiftModifier)
    picked = window.editor.selected_text_range()
    assert picked is not None and picked[1] == len(LONG) and picked[0] < len(LONG) - 100


def test_the_place_is_kept_when_another_project_is_opened(qtbot, project, docs, tmp_path):
    from annotator.core.store import Project
    long_id, _ = docs
    Project(tmp_path / "other.annotator").close()
    window = make(qtbot, project)
    window.open_document(long_id)
    scroll_down(qtbot, window, 8)
    top = top_of(window)
    window.open_project_file(tmp_path / "other.annotator")
    qtbot.waitUntil(lambda: window.project.path.name == "other.annotator")
    window.open_project_file(project.path)
    qtbot.waitUntil(lambda: window.current_document() == long_id)
    assert top > 0 and top_of(window) == top
