"""Editing spans through the editor: relabel, delete, edge moves, undo and redo, each one
already visible to a second connection to the project file."""
import sqlite3

import pytest
from PySide6.QtCore import Qt

from annotator.core.events import SPAN_KINDS


@pytest.fixture
def other(project):
    """A second, independent connection to the same project file."""
    conn = sqlite3.connect(str(project.path))
    yield lambda: sorted(conn.execute("SELECT start, end, label FROM spans").fetchall())
    conn.close()


def words(text, rows):
    return [(text[s:e], label) for s, e, label in rows]


def test_add_relabel_delete_undo_redo_each_written_at_once(qtbot, ui_on, window_on_seed, project,
                                                            seed_doc, seed_text, other):
    editor = window_on_seed.editor  # undo and redo keys are the window's Edit actions
    ui = ui_on(editor)
    view = editor.text_view()
    start, end = ui.find(seed_text, "التحالف الدولي")
    ui.drag(start, end)
    ui.press(Qt.Key.Key_2, "2")
    assert words(seed_text, other()) == [("التحالف الدولي", "ORG")]

    ui.press(Qt.Key.Key_4, "٤")  # the new span is selected: the hotkey relabels it
    assert words(seed_text, other()) == [("التحالف الدولي", "MISC")]

    ui.press(Qt.Key.Key_Delete)
    assert other() == [] and editor.selected_span_id() is None

    stack = editor.undo_stack()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo delete
    assert words(seed_text, other()) == [("التحالف الدولي", "MISC")]
    stack.undo()                                                       # undo relabel
    assert words(seed_text, other()) == [("التحالف الدولي", "ORG")]
    stack.undo()                                                       # undo add
    assert other() == []
    stack.redo()
    assert words(seed_text, other()) == [("التحالف الدولي", "ORG")]
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo relabel
    assert words(seed_text, other()) == [("التحالف الدولي", "MISC")]
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert other() == []
    # Redone spans keep their id, so relations and the span list stay valid.
    assert project.spans.count(seed_doc) == 0


def test_click_selects_and_cycles_nested_spans(qtbot, ui, editor, project, seed_doc, seed_text):
    org_start, org_end = ui.find(seed_text, "قوات سوريا الديمقراطية")
    loc_start, loc_end = ui.find(seed_text, "سوريا")
    loc_start, loc_end = (loc_start, loc_end) if loc_start > org_start else \
        ui.find(seed_text, "سوريا", 1)
    org = project.spans.add(seed_doc, org_start, org_end, "ORG")
    loc = project.spans.add(seed_doc, loc_start, loc_end, "LOC")
    editor.set_document(seed_doc)
    seen = []
    for _ in range(3):
        ui.click(loc_start + 2)
        seen.append(editor.selected_span_id())
    assert seen == [loc.id, org.id, loc.id]  # innermost first, then outwards, then round
    ui.click(org_start + 1)                  # only the ORG is there
    assert editor.selected_span_id() == org.id
    ui.press(Qt.Key.Key_Escape)
    assert editor.selected_span_id() is None


def test_select_span_scrolls_and_signals(qtbot, editor, project, seed_doc, seed_text):
    start = seed_text.rindex("أرشيف الاتحاد")
    span = project.spans.add(seed_doc, start, len(seed_text), "ORG")
    editor.set_document(seed_doc)
    with qtbot.waitSignal(editor.selectedSpanChanged) as got:
        editor.select_span(span.id)
    assert got.args == [span.id]
    view = editor.text_view()
    assert view.verticalScrollBar().value() > 0
    assert view.viewport().rect().intersects(view.cursorRect())


def test_move_edges_by_token_with_alt_arrows(qtbot, ui, editor, project, seed_doc, seed_text,
                                             other):
    start, end = ui.find(seed_text, "قوات سوريا")
    span = project.spans.add(seed_doc, start, end, "ORG")
    editor.set_document(seed_doc)
    editor.select_span(span.id)
    alt, shift = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
    ui.press(Qt.Key.Key_Left, "", alt)            # Arabic line: Left is forwards, end grows
    assert words(seed_text, other()) == [("قوات سوريا الديمقراطية", "ORG")]
    ui.press(Qt.Key.Key_Right, "", alt)           # and back
    assert words(seed_text, other()) == [("قوات سوريا", "ORG")]
    ui.press(Qt.Key.Key_Right, "", alt | shift)   # start moves backwards to take دعت
    assert words(seed_text, other()) == [("دعت قوات سوريا", "ORG")]
    ui.press(Qt.Key.Key_Left, "", alt | shift)
    ui.press(Qt.Key.Key_Left, "", alt | shift)    # start forwards twice: only سوريا left
    assert words(seed_text, other()) == [("سوريا", "ORG")]
    ui.press(Qt.Key.Key_Left, "", alt | shift)    # never empty
    assert words(seed_text, other()) == [("سوريا", "ORG")]
    for _ in range(3):
        editor.undo_stack().undo()
    assert words(seed_text, other()) == [("قوات سوريا", "ORG")]


def test_undo_stack_per_document_survives_switching(qtbot, ui, editor, project, seed_doc,
                                                    seed_text):
    stacks = []
    editor.undoStackChanged.connect(stacks.append)
    start, end = ui.find(seed_text, "داعش")
    ui.drag(start, end)
    ui.press(Qt.Key.Key_2, "2")
    first = editor.undo_stack()
    other_doc, _ = project.documents.add("نص آخر عن دمشق")
    editor.set_document(other_doc)
    assert editor.undo_stack() is not first and editor.undo_stack().count() == 0
    editor.set_document(seed_doc)
    assert editor.undo_stack() is first and first.count() == 1
    assert stacks[-1] is first
    first.undo()
    assert project.spans.count(seed_doc) == 0


def test_every_edit_is_announced(qtbot, ui, editor, project, seed_doc, seed_text):
    changes = []
    project.events.subscribe(lambda c: changes.append(c.doc_id), kinds=SPAN_KINDS)
    start, end = ui.find(seed_text, "داعش")
    ui.drag(start, end)
    ui.press(Qt.Key.Key_2, "2")
    ui.press(Qt.Key.Key_1, "1")
    ui.press(Qt.Key.Key_Delete)
    editor.undo_stack().undo()
    assert changes == [seed_doc] * 4


def test_reopening_shows_the_same_spans(qtbot, ui, editor, project, seed_doc, seed_text):
    from annotator.core.store import Project
    from annotator.gui.editor import DocumentEditor
    for word, key in (("قسد", Qt.Key.Key_2), ("دير الزور", Qt.Key.Key_3)):
        ui.drag(*ui.find(seed_text, word))
        ui.press(key, "")
    shown = sorted(editor.span_ids())
    reopened = Project(project.path)
    try:
        again = DocumentEditor(reopened, "tester")
        qtbot.addWidget(again)
        again.set_document(seed_doc)
        assert sorted(again.span_ids()) == shown and len(shown) == 2
    finally:
        reopened.close()


def test_a_drag_from_the_end_of_a_short_word_keeps_that_word(qtbot, ui, editor, seed_text,
                                                             other):
    """Pressed on the last letter of في past its middle (the caret goes after the word),
    dragged on to the end of the next word: في stays in the span."""
    from PySide6.QtCore import QPoint
    start, end = ui.find(seed_text, "في حربها")
    a, b = ui.point(start + 1), ui.point(start + 2)        # the edges of the letter ي
    press = QPoint(b.x() + (a.x() - b.x()) // 4, b.y())    # a quarter in from its end
    port = editor.text_view().viewport()
    assert editor.text_view().cursorForPosition(press).position() == start + 2
    to = ui.point(end)
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(port, pos=QPoint((press.x() + to.x()) // 2, to.y()))
    qtbot.mouseMove(port, pos=to)
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=to)
    ui.press(Qt.Key.Key_2, "2")
    assert words(seed_text, other()) == [("في حربها", "ORG")]
