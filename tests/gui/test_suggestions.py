"""Suggestions in the main window, by keyboard: accept, reject, undo, accept all, hide; the
store checked through a second connection. Training runs in another process while the event
loop keeps turning."""
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer

from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow
from suggesting import ALT, TEXT, at, caret_to, key, window  # noqa: F401 (window: a fixture)


def store(project):
    """A second connection: what is really committed."""
    conn = sqlite3.connect(project.path)
    spans = sorted(conn.execute("SELECT start, end, label, origin, annotator FROM spans"))
    states = dict(conn.execute("SELECT label || ':' || start, state FROM suggestions"))
    relations = conn.execute("SELECT type FROM relations").fetchall()
    conn.close()
    return spans, states, relations


def test_suggest_accept_reject_undo_by_keyboard(qtbot, window, project):
    ctl = window.editor.suggestion_controller
    key(qtbot, window, Qt.Key.Key_Insert, ALT)          # suggest for this document
    labels = sorted(s.label for s in ctl.layer.items)
    assert labels == ["PER", "QUOTE"]                    # the quote, أحمد سعيد found again
    caret_to(window, 0)
    key(qtbot, window, Qt.Key.Key_PageDown, ALT)         # to the first suggestion: the quote
    assert ctl.under_caret().label == "QUOTE"
    key(qtbot, window, Qt.Key.Key_Return, ALT)           # accept
    spans, states, relations = store(project)
    quote = at("لن نقبل بأي تدخل في شؤوننا")
    assert (quote[0], quote[1], "QUOTE", "quotes", "sara") in spans
    assert relations == [("said_by",)]                   # linked to the stored أحمد سعيد
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    spans, states, relations = store(project)
    assert len(spans) == 1 and states[f"QUOTE:{quote[0]}"] == "open" and relations == []

    key(qtbot, window, Qt.Key.Key_PageDown, ALT)         # the second أحمد سعيد
    name = at("أحمد سعيد", 1)
    assert ctl.under_caret().start == name[0]
    key(qtbot, window, Qt.Key.Key_Backspace, ALT)        # reject
    assert store(project)[1][f"PER:{name[0]}"] == "rejected"
    assert [s.label for s in ctl.layer.items] == ["QUOTE"]
    key(qtbot, window, Qt.Key.Key_Insert, ALT)           # suggesting again: it stays away
    assert [s.label for s in ctl.layer.items] == ["QUOTE"]
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the reject
    assert store(project)[1][f"PER:{name[0]}"] == "open"


def test_accept_all_in_the_document_is_one_undo_step_and_the_toggle_hides(qtbot, window,
                                                                          project):
    ctl = window.editor.suggestion_controller
    key(qtbot, window, Qt.Key.Key_Insert, ALT)
    n = len(ctl.layer.items)
    key(qtbot, window, Qt.Key.Key_0, ALT)                # hide
    assert not ctl.layer.active() and not ctl.actions["toggle"].isChecked()
    key(qtbot, window, Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | ALT)       # hidden: nothing is accepted
    assert len(store(project)[0]) == 1
    key(qtbot, window, Qt.Key.Key_0, ALT)                # show again
    key(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | ALT)
    spans = store(project)[0]
    assert len(spans) == 1 + n and {s[3] for s in spans[1:]} <= {"names", "quotes"}
    assert ctl.layer.items == []
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(store(project)[0]) == 1 and len(ctl.layer.items) == n


def test_the_tooltip_names_the_suggester(window, qtbot):
    ctl = window.editor.suggestion_controller
    key(qtbot, window, Qt.Key.Key_Insert, ALT)
    quote = next(s for s in ctl.layer.items if s.label == "QUOTE")
    tip = ctl.tooltip([quote])
    assert tip.startswith("suggested QUOTE by quotes (score 0.90): لن نقبل")


def test_training_runs_in_another_process_while_the_window_stays_responsive(qtbot, project):
    texts = [f"زار الوزير بغداد في اليوم {i} ثم البصرة." for i in range(6)]
    for t in texts:
        doc, _ = project.documents.add(t)
        project.spans.add(doc, t.index("بغداد"), t.index("بغداد") + 5, "LOC")
        project.spans.add(doc, t.index("البصرة"), t.index("البصرة") + 6, "LOC")
    w = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(w)
    w.show()
    trainer = w.editor.suggestion_controller.trainer
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(trainer.running()))
    timer.start(10)
    with qtbot.waitSignal(trainer.finished, timeout=120_000) as result:
        with project.transaction():  # one write marks them all done: its announcement
            for doc in project.documents.ids():  # starts the training
                project.statuses.set(doc, "sara", "done")
        assert trainer.running()
    timer.stop()
    assert result.args[0] is True, result.args
    # the event loop turned many times while the training process was still running
    assert ticks.count(True) >= 5
    assert project.models.load("entity-crf").documents == 6


@pytest.mark.parametrize("then", ["accept", "reject", "link-mode"])
def test_a_second_answer_after_an_accept_keeps_the_window_alive(qtbot, window, project, then):
    """Alt+PgDown, Alt+Enter, then a second answer: pushing the next command once called the
    hidden QUndoCommand.id() and the process died with a segmentation fault."""
    ctl = window.editor.suggestion_controller
    key(qtbot, window, Qt.Key.Key_Insert, ALT)
    caret_to(window, 0)
    key(qtbot, window, Qt.Key.Key_PageDown, ALT)
    key(qtbot, window, Qt.Key.Key_Return, ALT)           # accept the quote
    key(qtbot, window, Qt.Key.Key_PageDown, ALT)
    if then == "accept":
        key(qtbot, window, Qt.Key.Key_Return, ALT)
        assert len(store(project)[0]) == 3
    elif then == "reject":
        key(qtbot, window, Qt.Key.Key_Backspace, ALT)
        assert "rejected" in store(project)[1].values()
    else:
        key(qtbot, window, Qt.Key.Key_Tab)
        key(qtbot, window, Qt.Key.Key_Left, ALT | Qt.KeyboardModifier.ShiftModifier)
    assert window.undo_group.activeStack().count() >= 1
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(store(project)[0]) == 1
    assert window.isVisible()
