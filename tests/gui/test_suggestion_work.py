"""Working through suggestions in the window: the current one is drawn unmistakably with its
label, every box carries a label tag, a click on a box (or its tag) makes it current and
Alt+Enter answers the current one, the status bar counts what is left and says what a run or
a training gave (also in the standalone app, where the trainer is the app itself)."""
import os
import sqlite3
import stat
import sys

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow
from suggesting import ALT, TEXT, at, caret_to, key, window  # noqa: F401 (window: a fixture)


def stored_spans(project):
    conn = sqlite3.connect(project.path)
    rows = sorted(conn.execute("SELECT start, end, label FROM spans"))
    conn.close()
    return rows


def shot(window):
    view = window.editor.text_view()
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def changed_pixels(a, b, rect):
    return sum(a.pixel(x, y) != b.pixel(x, y)
               for x in range(max(0, int(rect.left()) - 4), min(a.width(), int(rect.right()) + 4))
               for y in range(max(0, int(rect.top()) - 12), min(a.height(),
                                                                int(rect.bottom()) + 4)))


def test_the_current_suggestion_is_outlined_with_its_label(qtbot, window):
    ctl = window.editor.suggestion_controller
    key(qtbot, window, Qt.Key.Key_Insert, ALT)
    caret_to(window, 0)
    qtbot.wait(20)
    layer = ctl.layer
    before = shot(window)
    # every box has its label tag, the tag names the label
    assert sorted(layer.tags) == sorted(s.id for s in layer.items)
    key(qtbot, window, Qt.Key.Key_PageDown, ALT)
    quote = ctl.under_caret()
    assert quote.label == "QUOTE" and layer.current == quote.id
    after = shot(window)
    rect = next(r for s, rs in layer._rects if s.id == quote.id for r in rs[:1])
    # a strong outline, a fill and a filled tag: far more than a caret's few pixels change
    assert changed_pixels(before, after, rect) > 1500
    assert "Suggested QUOTE: لن نقبل" in window.statusBar().currentMessage()
    # entities and quotes are drawn in different line styles
    from annotator.gui.editor.suggestion_layer import pen_style
    assert pen_style(True) != pen_style(False)


def test_a_click_makes_a_suggestion_current_and_alt_enter_answers_it(qtbot, window, project):
    ctl = window.editor.suggestion_controller
    key(qtbot, window, Qt.Key.Key_Insert, ALT)
    caret_to(window, 0)
    key(qtbot, window, Qt.Key.Key_PageDown, ALT)      # the quote is current
    layer = ctl.layer
    qtbot.wait(20)
    shot(window)
    per = next(s for s in layer.items if s.label == "PER")
    tip = ctl.tooltip([per])
    assert "Alt+Enter accepts the current suggestion" in tip and "click" in tip
    # a click on the second أحمد سعيد's tag (above its box, off its letters) makes it current
    tag = layer.tags[per.id].center().toPoint()
    qtbot.mouseClick(window.editor.text_view().viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(tag.x(), tag.y()))
    assert layer.current == per.id
    key(qtbot, window, Qt.Key.Key_Return, ALT)        # accepts the one clicked
    assert (per.start, per.end, "PER") in stored_spans(project)
    assert [s.label for s in layer.items] == ["QUOTE"]


def test_the_status_bar_counts_what_is_left_and_says_what_a_run_gave(qtbot, window):
    ctl = window.editor.suggestion_controller
    left = window._suggestions_left
    assert left.text() == ""
    key(qtbot, window, Qt.Key.Key_Insert, ALT)
    assert "2 new suggestions (names 1, quotes 1)" in window.statusBar().currentMessage()
    assert left.text() == "2 suggestions left" and left.isVisible()
    caret_to(window, 0)
    key(qtbot, window, Qt.Key.Key_PageDown, ALT)
    key(qtbot, window, Qt.Key.Key_Return, ALT)
    assert left.text() == "1 suggestion left"
    key(qtbot, window, Qt.Key.Key_PageDown, ALT)
    key(qtbot, window, Qt.Key.Key_Backspace, ALT)
    assert left.text() == "" and ctl.layer.items == []
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert left.text() == "1 suggestion left"


def _docs_done(project, entities=True):
    texts = [f"زار الوزير بغداد في اليوم {i} ثم البصرة." for i in range(6)]
    for t in texts:
        doc, _ = project.documents.add(t)
        if entities:
            project.spans.add(doc, t.index("بغداد"), t.index("بغداد") + 5, "LOC")
            project.spans.add(doc, t.index("البصرة"), t.index("البصرة") + 6, "LOC")


def _train(qtbot, project):
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.show()
    trainer = w.editor.suggestion_controller.trainer
    with qtbot.waitSignal(trainer.finished, timeout=120_000) as result:
        with project.transaction():
            for doc in project.documents.ids():
                project.statuses.set(doc, "sara", "done")
    return w, result.args


def test_the_standalone_app_trains_with_its_own_subcommand_and_the_window_says_so(
        qtbot, project, tmp_path, monkeypatch):
    """Frozen, sys.executable is the app: it takes `train --db P`, not `-m annotator ...`."""
    app = tmp_path / "annotator"
    app.write_text(f"#!/bin/sh\nexec '{sys.executable}' -c "
                   f"'import sys; from annotator.cli import main; sys.exit(main())' \"$@\"\n")
    app.chmod(app.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(sys.path))
    _docs_done(project)
    w, (ok, _line) = _train(qtbot, project)
    assert ok, _line
    message = w.statusBar().currentMessage()
    assert message.startswith("Suggestion model retrained on 6 done documents: F1 "), message


def test_a_failed_training_is_one_line_in_the_status_bar(qtbot, project):
    _docs_done(project, entities=False)               # nothing to learn from
    w, (ok, _line) = _train(qtbot, project)
    assert not ok
    assert w.statusBar().currentMessage() == (
        "Training the suggestion model failed: train: no entity in the training documents")


def test_a_failed_run_is_one_line_in_the_status_bar(qtbot, window, monkeypatch):
    from annotator.suggest import runner

    def broken(*args, **kwargs):
        raise ValueError("the gazetteer is not UTF-8")
    monkeypatch.setattr(runner, "suggest_documents", broken)
    key(qtbot, window, Qt.Key.Key_Insert, ALT)
    assert window.statusBar().currentMessage() == \
        "Suggesting failed: the gazetteer is not UTF-8"
    assert window.isVisible()
