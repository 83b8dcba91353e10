"""Links made in the editor by mouse and by keyboard, drawn, deleted with their span and
undone, each step checked in the project file through a second connection."""
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt

CTRL = Qt.KeyboardModifier.ControlModifier
QUOTE_WORDS = "تقديم المزيد من الدعم في حربها طويلة الأمد"
SPEAKER = "قوات سوريا الديمقراطية"


@pytest.fixture
def links(project):
    conn = sqlite3.connect(str(project.path))
    yield lambda: conn.execute("SELECT head, tail, type FROM relations ORDER BY id").fetchall()
    conn.close()


@pytest.fixture
def marked(qtbot, ui, editor, seed_text):
    """A quote and its speaker, marked by dragging and pressing the labels' keys."""
    ui.drag(*ui.find(seed_text, QUOTE_WORDS))
    ui.press(Qt.Key.Key_5, "5")
    quote = editor.selected_span_id()
    ui.drag(*ui.find(seed_text, SPEAKER))
    ui.press(Qt.Key.Key_2, "2")
    return quote, editor.selected_span_id()


def repaint(qtbot, editor):
    editor.text_view().viewport().repaint()
    return editor.links.painter


def test_link_by_mouse_drawn_then_deleted_with_its_span_and_undone(
        qtbot, ui, editor, project, seed_text, marked, links):
    quote, org = marked
    ui.click(ui.find(seed_text, QUOTE_WORDS)[0] + 2)
    assert editor.selected_span_id() == quote
    ui.press(Qt.Key.Key_K, "", CTRL)
    assert editor.links.linking()
    ui.click(ui.find(seed_text, SPEAKER)[0] + 3)
    assert links() == [(quote, org, "said_by")]
    assert not editor.links.linking() and editor.selected_span_id() == quote
    [rel] = project.spans.relations(editor.document_id())
    assert rel.id in repaint(qtbot, editor).arcs

    ui.press(Qt.Key.Key_Delete)                     # the quote goes, and its link with it
    assert links() == [] and repaint(qtbot, editor).arcs == []
    editor.undo_stack().undo()   # (Ctrl+Z is the window's: tests/gui/test_keyboard_only.py)
    assert links() == [(quote, org, "said_by")]
    assert rel.id in repaint(qtbot, editor).arcs
    editor.undo_stack().undo()                      # the link itself
    assert links() == []
    editor.undo_stack().redo()
    assert links() == [(quote, org, "said_by")]


def test_link_by_keyboard_from_the_speaker_side_too(qtbot, ui, editor, seed_text, marked, links):
    quote, org = marked                             # the ORG is selected
    ui.press(Qt.Key.Key_K, "", CTRL)
    ui.press(Qt.Key.Key_Tab)                        # the only quote: the link's other end
    assert editor.links.candidate == quote
    ui.press(Qt.Key.Key_Return)
    assert links() == [(quote, org, "said_by")]     # head is the quote whichever end started


def test_escape_cancels_and_a_wrong_end_is_refused(qtbot, ui, editor, seed_text, marked, links):
    quote, org = marked
    editor.select_span(quote)
    ui.press(Qt.Key.Key_K, "", CTRL)
    ui.click(ui.find(seed_text, "داعش")[0] + 1)     # not a span: nothing happens
    assert editor.links.linking() and links() == []
    ui.press(Qt.Key.Key_Escape)
    assert not editor.links.linking() and links() == []


def test_a_speaker_not_yet_marked_is_marked_and_linked_in_one_step(
        qtbot, ui, editor, project, seed_text, marked, links):
    quote, _ = marked
    editor.select_span(quote)
    ui.press(Qt.Key.Key_K, "", CTRL)
    ui.drag(*ui.find(seed_text, "التحالف الدولي"))
    ui.press(Qt.Key.Key_1, "1")                     # PER, and linked
    new = editor.links.painter.links.of(quote)[0].tail
    assert project.spans.get(new).label == "PER"
    assert links() == [(quote, new, "said_by")]
    editor.undo_stack().undo()                      # one undo takes both
    assert links() == [] and new not in [s.id for s in project.spans.of(editor.document_id())]
    editor.undo_stack().redo()
    assert links() == [(quote, new, "said_by")]


def test_drag_in_link_mode_offers_the_labels_that_fit(qtbot, ui, editor, project, seed_text,
                                                     marked, links):
    quote, _ = marked
    editor.select_span(quote)
    ui.press(Qt.Key.Key_K, "", CTRL)
    ui.drag(*ui.find(seed_text, "التحالف الدولي"))
    qtbot.waitUntil(lambda: editor.links.menu is not None and editor.links.menu.isVisible())
    names = [a.text() for a in editor.links.menu.actions()]
    assert names[0].startswith("Mark as PER") and names[1].startswith("Mark as ORG")
    qtbot.keyClick(editor.links.menu, Qt.Key.Key_Down)
    qtbot.keyClick(editor.links.menu, Qt.Key.Key_Return)
    [(head, tail, kind)] = links()
    assert (head, kind) == (quote, "said_by") and project.spans.get(tail).label == "ORG"


def test_a_link_to_a_span_off_screen_shows_a_tag_that_leads_there(qtbot, ui, editor, project):
    text = "قال الوزير: «الوضع مستقر تماما».\n" + "\n".join(["سطر للحشو فقط."] * 120) \
        + "\nوأكد مصدر مطلع الخبر."
    doc, _ = project.documents.add(text)
    quote = project.spans.add(doc, text.index("الوضع"), text.index("تماما") + 5, "QUOTE")
    far = project.spans.add(doc, text.index("مصدر"), text.index("مطلع") + 4, "PER")
    rel = project.spans.add_relation(doc, quote.id, far.id, "said_by")
    editor.set_document(doc)
    painter = repaint(qtbot, editor)
    assert painter.arcs == [] and [t.target for t in painter.tags] == [far.id]
    assert not painter.tags[0].up                      # the speaker is below
    pos = painter.tags[0].rect.center().toPoint()
    qtbot.mouseClick(editor.text_view().viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert editor.selected_span_id() == far.id
    painter = repaint(qtbot, editor)
    assert [(t.target, t.up) for t in painter.tags] == [(quote.id, True)]
    assert rel.id not in painter.arcs


def test_the_context_menu_starts_a_link_and_removes_one(qtbot, ui, editor, seed_text, marked,
                                                        links):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication
    quote, org = marked
    port = editor.text_view().viewport()
    at = ui.point(ui.find(seed_text, QUOTE_WORDS)[0] + 3)
    QApplication.sendEvent(port, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                   port.mapToGlobal(at)))
    menu = editor.span_menu.menu
    assert editor.selected_span_id() == quote
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)             # the first entry: Link to…
    assert editor.links.linking()
    ui.click(ui.find(seed_text, SPEAKER)[0] + 3)
    assert links() == [(quote, org, "said_by")]
    QApplication.sendEvent(port, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                   port.mapToGlobal(at)))
    menu = editor.span_menu.menu
    [remove] = [a for a in menu.actions() if a.text().startswith("Remove link")]
    assert "said_by → " in remove.text()
    remove.trigger()
    assert links() == []
