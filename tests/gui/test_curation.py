"""The curation view by keyboard: spans go into the gold through the store (checked through a
second connection), undo takes them out again."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from annotator.gui.team.curation_view import CurationView
from annotator.team.curation import Kind, curation

TEXT = "قال محمد إن شركة النفط في بغداد أعلنت"


@pytest.fixture
def doc(project):
    doc_id, _ = project.documents.add(TEXT)
    at = TEXT.index
    marks = {
        "ali": [(at("محمد"), at("محمد") + 4, "PER"), (at("شركة"), at("النفط") + 5, "ORG"),
                (at("بغداد"), at("بغداد") + 5, "LOC")],
        "mona": [(at("محمد"), at("محمد") + 4, "PER"), (at("شركة"), at("النفط") + 5, "MISC"),
                 (at("بغداد"), at("بغداد") + 5, "LOC"), (at("أعلنت"), at("أعلنت") + 5, "MISC")],
    }
    for name, spans in marks.items():
        for s, e, lab in spans:
            project.spans.add(doc_id, s, e, lab, annotator=name)
        project.statuses.set(doc_id, name, "done")
    return doc_id


@pytest.fixture
def gold_rows(project):
    conn = sqlite3.connect(str(project.path))
    yield lambda: sorted((TEXT[s:e], lab) for s, e, lab in conn.execute(
        "SELECT start, end, label FROM spans WHERE annotator = 'gold'"))
    conn.close()


@pytest.fixture
def view(qtbot, project, doc):
    v = CurationView(project, [doc])
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def press(qtbot, view, key, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(view.table, key, mods)


def test_kinds_tell_agreement_dispute_and_single_apart(project, doc):
    cur = curation(project, doc)
    kinds = {(TEXT[c.start:c.end], c.label): c.kind for c in cur.candidates}
    assert kinds == {("محمد", "PER"): Kind.AGREED, ("بغداد", "LOC"): Kind.AGREED,
                     ("شركة النفط", "ORG"): Kind.DISPUTED, ("شركة النفط", "MISC"): Kind.DISPUTED,
                     ("أعلنت", "MISC"): Kind.SINGLE}


def test_accept_by_keyboard_written_at_once_and_undone(qtbot, view, gold_rows):
    assert view.table.hasFocus()
    press(qtbot, view, Qt.Key.Key_Return)           # محمد PER, then the cursor moves on
    assert gold_rows() == [("محمد", "PER")]
    assert (view.current().label, view.current().kind) == ("MISC", Kind.DISPUTED)
    press(qtbot, view, Qt.Key.Key_2)                # mona's MISC accepted as ORG (hotkey 2)
    assert gold_rows() == [("شركة النفط", "ORG"), ("محمد", "PER")]
    press(qtbot, view, Qt.Key.Key_Down)             # ali's ORG row: now in the gold
    assert view.current().label == "ORG" and view.current().gold is not None
    press(qtbot, view, Qt.Key.Key_Delete)
    assert gold_rows() == [("محمد", "PER")]
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gold_rows() == [("شركة النفط", "ORG"), ("محمد", "PER")]
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gold_rows() == []


def test_accept_all_agreed_and_all_of_one_annotator_with_one_key(qtbot, view, gold_rows,
                                                                project, doc):
    press(qtbot, view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert gold_rows() == [("بغداد", "LOC"), ("محمد", "PER")]
    press(qtbot, view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # all of mona's
    assert gold_rows() == [("أعلنت", "MISC"), ("بغداد", "LOC"), ("شركة النفط", "MISC"),
                           ("محمد", "PER")]
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one command
    assert gold_rows() == [("بغداد", "LOC"), ("محمد", "PER")]
    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert project.statuses.get(doc, "gold").value == "done"


def test_a_link_is_accepted_with_its_two_spans(qtbot, project, doc, gold_rows):
    for name in ("ali", "mona"):
        spans = {s.label: s for s in project.spans.of(doc) if s.annotator == name}
        project.spans.add_relation(doc, spans["ORG" if name == "ali" else "MISC"].id,
                                   spans["PER"].id, "said_by", annotator=name)
    view = CurationView(project, [doc])
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # Tab moves focus only in the active window
    links = view.model.curation.links
    assert sorted((TEXT[x.head[0]:x.head[1]], x.head[2], x.type, sorted(x.annotators))
                  for x in links) == [("أعلنت", "MISC", "said_by", ["mona"]),
                                      ("شركة النفط", "ORG", "said_by", ["ali"])]
    alis = next(i for i, x in enumerate(links) if x.annotators == {"ali"})
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert view.links.hasFocus()
    view.links.setCurrentItem(view.links.topLevelItem(alis))  # ali's: ORG said_by PER
    qtbot.keyClick(view.links, Qt.Key.Key_Return)
    assert gold_rows() == [("شركة النفط", "ORG"), ("محمد", "PER")]
    conn = sqlite3.connect(str(project.path))
    assert conn.execute("SELECT h.label, r.type, t.label FROM relations r JOIN spans h ON "
                        "h.id = r.head JOIN spans t ON t.id = r.tail WHERE r.annotator = 'gold'"
                        ).fetchall() == [("ORG", "said_by", "PER")]
    conn.close()
    assert view.model.curation.links[alis].gold is not None


def test_a_gold_span_edge_moves_by_keyboard_in_right_to_left_text(qtbot, view, gold_rows):
    press(qtbot, view, Qt.Key.Key_Return)  # محمد PER into the gold
    press(qtbot, view, Qt.Key.Key_Up)
    alt = Qt.KeyboardModifier.AltModifier
    press(qtbot, view, Qt.Key.Key_Left, alt)  # Left goes on in Arabic: the end takes إن
    assert gold_rows() == [("محمد إن", "PER")]
    assert view.current().gold is not None and view.current().end == TEXT.index("إن") + 2
    press(qtbot, view, Qt.Key.Key_Right, alt | Qt.KeyboardModifier.ShiftModifier)  # start back
    assert gold_rows() == [("قال محمد إن", "PER")]
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gold_rows() == [("محمد", "PER")]


def test_curating_from_the_window_does_not_make_the_lead_an_annotator(qtbot, project, doc,
                                                                       make_window):
    """Ctrl+Shift+C, then Enter twice: the gold grows, and the lead gets no status, no column
    in the table, and agreed rows stay agreed."""
    from annotator.team.progress import status_by_annotator
    window = make_window(project)            # the lead, "sara", runs the window
    qtbot.waitExposed(window)
    window.open_document(doc)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.setFocus()
    qtbot.keyClick(window.editor.text_view(), Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(shown(CurationView)))
    view = shown(CurationView)[0]
    view.table.setFocus()
    press(qtbot, view, Qt.Key.Key_Return)
    press(qtbot, view, Qt.Key.Key_Return)
    conn = sqlite3.connect(str(project.path))
    try:
        gold = conn.execute("SELECT count(*) FROM spans WHERE annotator = 'gold'").fetchone()[0]
        owners = {r[0] for r in conn.execute("SELECT annotator FROM statuses")}
    finally:
        conn.close()
    assert gold >= 1
    assert owners == {"ali", "mona"}                 # no status for the lead
    assert view.model.columnCount() == curation_columns(project, doc)
    kinds = {(TEXT[c.start:c.end], c.label): c.kind for c in curation(project, doc).candidates}
    assert kinds[("محمد", "PER")] == Kind.AGREED
    assert set(status_by_annotator(project)) == {"ali", "mona"}
    view.close()


def shown(kind):
    from PySide6.QtWidgets import QApplication
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def curation_columns(project, doc):
    """What the table shows for two annotators: their columns and the fixed ones."""
    v = CurationView(project, [doc])
    v.set_document(doc)
    n = v.model.columnCount()
    v.deleteLater()
    return n


def test_the_curation_text_reads_right_to_left(qtbot, view):
    """The full stop and » sit at the left end of an Arabic line, its first letter at the right."""
    text = view.text
    text.show_text("قال الوزير: «سنعود».")
    block = text.document().firstBlock()
    assert block.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft
    from PySide6.QtGui import QTextCursor
    cursor = QTextCursor(text.document())
    cursor.setPosition(0)
    first = text.cursorRect(cursor).x()
    cursor.setPosition(len("قال الوزير: «سنعود»."))
    last = text.cursorRect(cursor).x()
    assert first > last                          # starts at the right, ends at the left
    assert first > text.viewport().width() // 2
