"""The window stays usable from 1024x640 up (label buttons whole, the span list readable, words
never broken across lines) and says what it hides below that."""
from __future__ import annotations

import pytest

from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow

TEXT = ("دعت قوات سوريا الديمقراطية دول التحالف الدولي لمحاربة داعش إلى تقديم المزيد من الدعم "
        "في حربها طويلة الأمد، ووضع استراتيجية واضحة، عسكرية وأمنية وسياسية، لمنع عودة "
        "التنظيم الإرهابي. ") * 3


@pytest.fixture
def window(qtbot, project):
    doc, _ = project.documents.add(TEXT)
    for i in range(30):  # more spans than any list shows at once
        start = TEXT.index(" ", i * 9) + 1
        end = TEXT.index(" ", start)
        project.spans.add(doc, start, end, "ORG", annotator="sara")
    def make(width, height):
        w = MainWindow(project, "sara", Prefs())
        qtbot.addWidget(w)
        w.resize(width, height)
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.width() == width)
        return w
    return make


def chips_whole(window) -> None:
    for name, button in window.label_palette.buttons.items():
        label = next(c for c in button.children() if getattr(c, "text", None)
                     and c.text() == name)
        assert label.width() >= label.sizeHint().width(), name
        assert button.width() >= button.minimumSizeHint().width(), name


def rows_shown(window) -> int:
    view = window.span_panel.view
    return view.viewport().height() // view.sizeHintForRow(0)


@pytest.mark.parametrize("size,rows", [((1024, 640), 4), ((1280, 800), 8)])
def test_usable_from_1024x640_up(qtbot, window, size, rows):
    w = window(*size)
    chips_whole(w)
    assert rows_shown(w) >= rows
    assert w.document_panel.width() > 100 and not w.small_window.note.isVisible()


def test_below_1024x640_the_list_folds_away_and_the_status_bar_says_so(qtbot, window):
    w = window(900, 600)
    chips_whole(w)
    assert w.minimumSizeHint().width() <= 900          # the window fits: nothing cut at its edge
    assert w.small_window.folded() and w.document_panel.width() == 0
    note = w.small_window.note
    assert note.isVisible() and "Document list hidden" in note.text()
    w.resize(1100, 700)
    qtbot.waitUntil(lambda: w.document_panel.width() > 100)
    assert not note.isVisible()


def test_lines_break_between_words_only(qtbot, window):
    w = window(900, 600)
    w.splitter.setSizes([0, 200, 700])              # a very narrow article
    view = w.editor.text_view()
    qtbot.waitUntil(lambda: view.width() < 320)
    block = view.document().firstBlock()
    layout = block.layout()
    assert layout.lineCount() > 3
    for i in range(1, layout.lineCount()):
        start = layout.lineAt(i).textStart()
        assert block.text()[start - 1].isspace(), (i, block.text()[start - 5:start + 5])
