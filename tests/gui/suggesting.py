"""What the suggestion tests share: an article with a quote and a name said twice, and the
keys and caret moves they drive the window with."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

TEXT = ("وقال وزير الخارجية أحمد سعيد في بيان: «لن نقبل بأي تدخل في شؤوننا». "
        "وزار أحمد سعيد بغداد ثم وصل إلى البصرة.")
ALT = Qt.KeyboardModifier.AltModifier


def at(word, nth=0):
    """(start, end) of the nth `word` in TEXT."""
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(word, i + 1)
    return i, i + len(word)


def caret_to(window, index):
    view = window.editor.text_view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.renderer.offsets.to_qt(index))
    view.setTextCursor(cursor)


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.editor.text_view(), k, mods)


@pytest.fixture
def window(qtbot, project):
    """The main window on TEXT, its first أحمد سعيد marked by another annotator, for sara."""
    from annotator.core.prefs import Prefs
    from annotator.gui.main_window import MainWindow
    doc, _ = project.documents.add(TEXT)
    project.spans.add(doc, *at("أحمد سعيد"), "PER", annotator="ali")
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    w.editor.setFocus()
    return w
