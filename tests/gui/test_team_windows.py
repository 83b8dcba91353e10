"""The Team menu's windows: hand-out dialog by keyboard, merge from the menu, the agreement
view worst first, the dashboard's charts; each checked against the store."""
from __future__ import annotations

import sqlite3

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.dialogs import long_run
from annotator.gui.models import Roles
from annotator.gui.team.agreement_view import AgreementView
from annotator.gui.team.dashboard import Dashboard
from annotator.gui.team.hand_out_dialog import HandOutDialog
from annotator.gui.team.merge_run import run_merge
from annotator.team import demo

NAMES = ["ali", "mona"]


@pytest.fixture
def team(project):
    for i, text in enumerate(demo.texts(6, seed=8, paragraphs=(1, 1))):
        doc, _ = project.documents.add(text)
        for name in NAMES:
            for s, e, lab in demo.annotator_spans(text, str(i), name, care=0.6 + 0.06 * i):
                project.spans.add(doc, s, e, lab, annotator=name)
            project.statuses.set(doc, name, "done")
    return project


def test_hand_out_dialog_by_keyboard_writes_the_files(qtbot, project, tmp_path):
    for text in demo.texts(5, seed=2, paragraphs=(1, 1)):
        project.documents.add(text)
    dialog = HandOutDialog(project)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.names.setFocus()
    qtbot.keyClicks(dialog.names, "mona, ali")
    qtbot.keyClick(dialog.names, Qt.Key.Key_Return)  # the default button: Hand out
    assert not dialog.isVisible()
    for name in ("mona", "ali"):
        conn = sqlite3.connect(str(tmp_path / "out" / f"{name}.annotator"))
        assert conn.execute("SELECT value FROM settings WHERE key = 'team.annotator'"
                            ).fetchone() == (name,)
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= 2
        conn.close()


def test_hand_out_dialog_says_what_is_wrong_and_stays_open(qtbot, project, tmp_path):
    project.documents.add("نص")
    dialog = HandOutDialog(project)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(tmp_path / "out"))
    qtbot.keyClicks(dialog.names, "mona, mona")
    qtbot.keyClick(dialog.names, Qt.Key.Key_Return)
    assert dialog.isVisible() and "twice" in dialog.error.text()
    assert not (tmp_path / "out").exists()


def test_merge_from_the_window_shows_the_work_and_the_agreement_column(qtbot, tmp_path):
    team = Project(tmp_path / "team.annotator")
    for text in demo.texts(4, seed=9, paragraphs=(1, 1)):
        team.documents.add(text)
    window = MainWindow(team, "lead")
    qtbot.addWidget(window)
    files = []
    for name in NAMES:
        path = tmp_path / f"{name}.annotator"
        with Project(path) as p:
            for text in demo.texts(4, seed=9, paragraphs=(1, 1)):
                doc, _ = p.documents.add(text)
                for s, e, lab in demo.annotator_spans(text, "k", name):
                    p.spans.add(doc, s, e, lab, annotator=name)
                p.statuses.set(doc, name, "done")
        files.append(path)
    assert window.documents.columnCount() == 3
    run = run_merge(window, team, files)              # in the background
    qtbot.waitUntil(lambda: not long_run.busy(), timeout=60_000)
    reports = run.result
    window.team.show_agreement_column()
    assert all(r.spans_added for r in reports)
    model = window.documents
    qtbot.waitUntil(lambda: model.columnCount() == 4)
    values = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert all(v and 0 <= float(v) <= 1 for v in values)
    doc_id = model.index(0, 0).data(Roles.DocId)
    assert int(model.index(0, 2).data()) == team.spans.count(doc_id) > 0  # the list reloaded
    window.close()
    team.close()


def test_agreement_view_lists_documents_worst_first_and_opens_curation(qtbot, team):
    view = AgreementView(team)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.is_computing())
    f1s = [float(view.documents.topLevelItem(i).text(2))
           for i in range(view.documents.topLevelItemCount())]
    assert len(f1s) == 6 and f1s == sorted(f1s)
    opened = []
    view.curate.connect(lambda queue, doc: opened.append((queue, doc)))
    view.documents.setFocus()
    qtbot.keyClick(view.documents, Qt.Key.Key_Return)
    assert opened and opened[0][1] == opened[0][0][0] == view.queue[0]
    labels = [view.labels.topLevelItem(i).text(1) for i in range(view.labels.topLevelItemCount())]
    assert labels == sorted(labels)


def test_dashboard_charts_hold_the_store_figures(qtbot, team):
    team.statuses.set(1, "mona", "in_progress")
    board = Dashboard(team)
    qtbot.addWidget(board)
    board.show()
    bars = [i for i in board.statuses.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    heights = {tuple(b.opts["height"]) for b in bars}
    assert heights == {(6, 5), (0, 1)}  # done: ali 6, mona 5; in progress: mona 1
    (labels,) = [i for i in board.labels.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    usage = team.conn.execute("SELECT label, count(*) FROM spans GROUP BY label").fetchall()
    assert sorted(labels.opts["height"]) == sorted(n for _, n in usage)
    lines = board.hours.getPlotItem().listDataItems()
    assert len(lines) == 2 and sum(sum(y for y in line.yData if y == y) for line in lines) \
        == team.spans.count()


def test_file_menu_offers_hand_out_and_merge(qtbot, project):
    window = MainWindow(project, "lead")
    qtbot.addWidget(window)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    file_items = [a.text().replace("&", "") for a in menus["File"].actions()]
    export = file_items.index("Export…")
    assert file_items[export + 1:export + 3] == ["Hand out to annotators…",
                                                 "Merge annotators' files…"]
    assert [a.text().replace("&", "") for a in menus["Team"].actions() if a.text()] == [
        "Hand out to annotators…", "Merge annotators' files…", "Agreement…", "Curate…",
        "Progress dashboard…", "Sync with the server"]
    window.close()
