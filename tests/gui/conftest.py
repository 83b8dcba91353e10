"""Fixtures for driving the document editor with the mouse and keyboard."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication


@pytest.fixture
def make_window(qtbot):
    """make(project): a shown main window on `project`, for annotator sara."""
    from annotator.core.prefs import Prefs
    from annotator.gui.main_window import MainWindow

    def make(project):
        w = MainWindow(project, "sara", Prefs())
        qtbot.addWidget(w)
        w.show()
        return w
    return make


@pytest.fixture
def seed_doc(project, seed_text) -> int:
    doc, _ = project.documents.add(seed_text)
    return doc


@pytest.fixture
def editor(qtbot, project, seed_doc):
    from annotator.gui.editor import DocumentEditor
    ed = DocumentEditor(project, "tester")
    qtbot.addWidget(ed)
    ed.resize(900, 600)
    ed.set_document(seed_doc)
    ed.show()
    qtbot.waitExposed(ed)
    ed.setFocus()
    return ed


def point_at(editor, index: int) -> QPoint:
    """A viewport point where a click puts the caret before code point `index` (searched
    around cursorRect, which sits a pixel or two off the boundary in right-to-left lines)."""
    view = editor.text_view()
    qpos = view.renderer.offsets.to_qt(index)
    cursor = QTextCursor(view.document())
    cursor.setPosition(qpos)
    rect = view.cursorRect(cursor)
    y = rect.center().y()
    for dx in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5):
        point = QPoint(rect.x() + dx, y)
        if view.cursorForPosition(point).position() == qpos:
            return point
    raise AssertionError(f"no point puts the caret at {index}")


def find(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return i, i + len(word)


def span_texts(project, doc: int) -> list[tuple[str, str]]:
    text = project.documents.get(doc).text
    return [(s.label, text[s.start:s.end]) for s in project.spans.of(doc)]


class Ui:
    """Mouse and keyboard helpers (a fixture, since tests/ is not a package)."""

    find = staticmethod(find)
    span_texts = staticmethod(span_texts)

    def __init__(self, qtbot, editor):
        self.qtbot, self.editor = qtbot, editor

    def point(self, index: int) -> QPoint:
        return point_at(self.editor, index)

    def drag(self, start: int, end: int) -> None:
        """Select code points [start, end) by dragging from one caret spot to the other."""
        port = self.editor.text_view().viewport()
        a, b = self.point(start), self.point(end)
        self.qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=a)
        self.qtbot.mouseMove(port, pos=QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
        self.qtbot.mouseMove(port, pos=b)
        self.qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=b)

    def click(self, index: int) -> None:
        """Click in the middle of the character at `index`."""
        a, b = self.point(index), self.point(index + 1)
        pos = QPoint((a.x() + b.x()) // 2, a.y()) if a.y() == b.y() else a
        self.qtbot.mouseClick(self.editor.text_view().viewport(), Qt.MouseButton.LeftButton,
                              pos=pos)

    def press(self, key: Qt.Key, text: str = "",
              mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """A key press whose key code and typed text may differ (as under an Arabic layout)."""
        view = self.editor.text_view()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(view, QKeyEvent(kind, key, mods, text))


@pytest.fixture
def ui(qtbot, editor) -> Ui:
    return Ui(qtbot, editor)


@pytest.fixture
def window_on_seed(qtbot, project, seed_doc):
    """The main window on the seed article: undo, redo and zoom keys are its actions."""
    from annotator.core.prefs import Prefs
    from annotator.gui.main_window import MainWindow
    window = MainWindow(project, "tester", Prefs())
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    window.editor.setFocus()
    return window


@pytest.fixture
def ui_on(qtbot):
    """Mouse and keyboard helpers for an editor made elsewhere (the main window's)."""
    return lambda editor: Ui(qtbot, editor)


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp):
    """The interface in English with its plural forms, as a start on an English system."""
    from annotator.gui.i18n import install_language
    install_language("en")
