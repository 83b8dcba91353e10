"""Ctrl+K then Tab offers the name just before the quote first (the usual order in Arabic
news), then the ones after it, then the headline; and an arc between two lines keeps out of
the letters of the line above."""
import sqlite3

import pytest
from PySide6.QtCore import QRectF, Qt

from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow

HEADLINE = "سالم علي يزور بغداد"
BODY = ("أعلنت الحكومة اليوم خطة جديدة للنقل. وقال الوزير أحمد سعيد في بيان: "
        "«لن نقبل بأي تدخل في شؤوننا». ورحب خالد حسن بالخطة.")
TEXT = HEADLINE + "\n" + BODY
CTRL = Qt.KeyboardModifier.ControlModifier


def at(text, word):
    i = text.index(word)
    return i, i + len(word)


def window_on(qtbot, project, text):
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    w.editor.setFocus()
    return w


def relations(project):
    conn = sqlite3.connect(project.path)
    rows = conn.execute("SELECT head, tail, type FROM relations").fetchall()
    conn.close()
    return rows


@pytest.fixture
def marked(project):
    doc, _ = project.documents.add(TEXT)
    ids = {w: project.spans.add(doc, *at(TEXT, w), "PER").id
           for w in ("سالم علي", "أحمد سعيد", "خالد حسن")}
    ids["quote"] = project.spans.add(doc, *at(TEXT, "لن نقبل بأي تدخل في شؤوننا"), "QUOTE").id
    return ids


def test_tab_offers_the_name_before_the_quote_first(qtbot, project, marked):
    w = window_on(qtbot, project, TEXT)
    view = w.editor.text_view()
    w.editor.select_span(marked["quote"])
    qtbot.keyClick(view, Qt.Key.Key_K, CTRL)
    assert w.editor.links.linking()
    offered = []
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        offered.append(w.editor.links.candidate)
    # nearest before, then after, then the headline far above
    assert offered == [marked["أحمد سعيد"], marked["خالد حسن"], marked["سالم علي"]]
    qtbot.keyClick(view, Qt.Key.Key_Tab)             # round again: the name before
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert relations(project) == [(marked["quote"], marked["أحمد سعيد"], "said_by")]


def test_an_arc_to_the_line_above_runs_in_the_gap_not_through_its_letters(qtbot, project):
    text = "وقال الوزير أحمد سعيد في بيان صدر عن الوزارة اليوم\n«لن نقبل بأي تدخل في شؤوننا»"
    doc, _ = project.documents.add(text)
    per = project.spans.add(doc, *at(text, "أحمد سعيد"), "PER")
    quote = project.spans.add(doc, *at(text, "لن نقبل بأي تدخل في شؤوننا"), "QUOTE")
    rel = project.spans.add_relation(doc, quote.id, per.id, "said_by")
    w = window_on(qtbot, project, text)
    view = w.editor.text_view()
    painter = w.editor.links.painter
    qtbot.waitUntil(lambda: w.editor.document_id() == doc and len(painter.links) == 1)
    qtbot.wait(50)

    def shot():
        view.viewport().repaint()
        return view.viewport().grab().toImage()
    with_link = shot()
    # the link's type, a small box centred on the gap
    label = getattr(painter, "label_rects", {}).get(rel.id, QRectF()).adjusted(-1, -1, 1, 1)
    links, painter.links = painter.links, type(painter.links)()
    without = shot()
    painter.links = links
    block = view.document().firstBlock()
    top = view.document().documentLayout().blockBoundingRect(block).top() \
        - view.verticalScrollBar().value()
    line = block.layout().lineAt(0)
    y0, y1 = int(top + line.y() + 0.25 * line.height()), int(top + line.y() + 0.75 * line.height())
    cursor = view.textCursor()
    cursor.setPosition(per.start)
    x_a = view.cursorRect(cursor).x()
    cursor.setPosition(per.end)
    x_b = view.cursorRect(cursor).x()
    lo, hi = min(x_a, x_b) - 12, max(x_a, x_b) + 12   # the speaker's own box and arrow
    crossed = [(x, y) for y in range(y0, y1) for x in range(with_link.width())
               if not lo <= x <= hi and not label.contains(x, y)
               and with_link.pixel(x, y) != without.pixel(x, y)]
    assert y1 > y0 and not crossed, crossed[:10]
