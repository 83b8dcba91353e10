"""Directions and edges read right: the status bar's selection preview in both interface
languages, key names in the Arabic help, the selected span's outline beside quote marks."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication

from annotator.core.prefs import Prefs
from annotator.gui.dialogs.shortcuts import shortcut_rows
from annotator.gui.i18n import install_language
from annotator.gui.main_window import MainWindow
from annotator.gui.widgets.selection_preview import FSI, plain

LRI, PDI = "\u2066", "\u2069"
ARABIC = re.compile("[\u0600-\u06FF]")
TEXT = "قال المتحدث: «بغداد» ثم غادر القاعة مساء أمس بعد لقاء طويل مع الوفد"


@pytest.fixture
def arabic(qapp):
    install_language("ar")
    yield
    install_language("en")
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def make(qtbot, project, prefs=None):
    w = MainWindow(project, "sara", prefs or Prefs())
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def select(window, start: int, end: int) -> None:
    view = window.editor.text_view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def test_arabic_interface_preview_reads_0_to_11(qtbot, project, arabic):
    project.documents.add("بغداد عاصمة العراق")
    prefs = Prefs()
    prefs.set("language", "ar")
    w = make(qtbot, project, prefs)
    assert w.preview.isRightToLeft()
    select(w, 0, 11)
    line = w.preview.text()
    assert "\u20660–11\u2069" in line                     # isolated: never "11–0"
    assert f"«{FSI}بغداد عاصمة{PDI}»" in line
    assert line.startswith("\u200f←")                    # starts where an Arabic line starts
    assert plain(line).startswith("← «بغداد عاصمة» 0–11")


def test_arabic_help_names_keys_one_way(qtbot, project, arabic):
    w = make(qtbot, project)
    rows = shortcut_rows(w.act.all(), project.labels.scheme())
    keys = [k for _, k in rows if k.startswith(LRI)]
    assert len(keys) > 20
    for k in keys:                                     # Ctrl, Alt, PgDown, arrows: no mix
        parts = k.split("، ")                           # the Arabic comma between sequences
        assert all(p.startswith(LRI) and p.endswith(PDI) and not ARABIC.search(p)
                   for p in parts), k
    assert any("Alt+↓" in k for k in keys)
    labels = [what for what, k in rows if k == f"{LRI}1{PDI}"]
    assert labels and "entity" not in labels[0] and ARABIC.search(labels[0])


def test_selected_outline_leaves_the_quote_marks_alone(qtbot, project):
    doc, _ = project.documents.add(TEXT)
    start = TEXT.index("«") + 1
    span = project.spans.add(doc, start, start + len("بغداد"), "LOC", annotator="sara")
    w = make(qtbot, project)
    view = w.editor.text_view()
    w.editor.set_selected(None)
    view.viewport().repaint()
    before = view.viewport().grab().toImage()
    w.editor.set_selected(span.id)
    view.viewport().repaint()
    after = view.viewport().grab().toImage()
    cursor = QTextCursor(view.document())
    xs = []
    for i in (start, start + len("بغداد")):
        cursor.setPosition(i)
        xs.append(view.cursorRect(cursor).x())
    rect = view.cursorRect(cursor)
    left, right = min(xs), max(xs)
    unit = max(1.0, view.font().pointSizeF() / 12.0)
    changed = [x for x in range(0, before.width()) for y in range(rect.top(), rect.bottom())
               if QColor(before.pixel(x, y)) != QColor(after.pixel(x, y))]
    assert changed
    # The outline's pen may reach a pixel or so past the span, never over the « » beside it.
    assert min(changed) >= left - 1.5 * unit - 1 and max(changed) <= right + 1.5 * unit + 1


def test_label_tags_are_whole_on_the_first_line_in_view(qtbot, project):
    text = "\n\n".join(f"الفقرة {i}: وصل الوفد إلى بغداد صباح اليوم" for i in range(80))
    doc, _ = project.documents.add(text)
    start = text.index("بغداد", 2000)
    span = project.spans.add(doc, start, start + 5, "LOC", annotator="sara")
    w = make(qtbot, project)
    view = w.editor.text_view()
    w.editor.select_span(span.id)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    # The span's line exactly at the top of the view.
    view.verticalScrollBar().setValue(view.verticalScrollBar().value()
                                      + view.cursorRect(cursor).top())
    view.viewport().grab()   # paints
    placed = [p for p in view.placed if p.item.id == span.id]
    assert placed and placed[0].tags
    assert placed[0].tags[0].top() >= 0
