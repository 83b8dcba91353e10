"""Agreement is computed off the event loop: the window keeps answering while it runs, shows
that it is busy, and finally holds the same figures as annotator.team; the document list's
agreement column follows the store's announcements."""
from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt, QTimer

from annotator.core.store import Project
from annotator.gui.main_window import MainWindow
from annotator.gui.models import Roles
from annotator.gui.team.agreement_view import AgreementView, fmt
from annotator.gui.team.dashboard import Dashboard
from annotator.team import demo, progress
from annotator.team.agreement import agreement, document_f1s

NAMES = ["ali", "mona"]


@pytest.fixture
def big(project):
    """A few hundred documents, each finished by two annotators who partly disagree."""
    with project.transaction():
        for i, text in enumerate(demo.texts(300, seed=3, paragraphs=(3, 4))):
            doc, _ = project.documents.add(text)
            for name in NAMES:
                for s, e, lab in demo.annotator_spans(text, str(i), name, care=0.7):
                    project.spans.add(doc, s, e, lab, annotator=name)
                project.statuses.set(doc, name, "done")
    return project


class Heartbeat:
    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        self.ticks += 1


def test_agreement_view_stays_responsive_and_shows_the_library_figures(qtbot, big):
    beat = Heartbeat()
    view = AgreementView(big)
    qtbot.addWidget(view)
    view.show()
    assert view.is_computing() and view.busy.isVisible()
    qtbot.waitUntil(lambda: not view.is_computing(), timeout=120_000)
    beat.timer.stop()
    # the event loop ran while the figures were computed (computed on the window's thread,
    # it would not turn once: how often it turns depends on the machine, not on us)
    assert beat.ticks >= 1
    assert not view.busy.isVisible()
    expected = agreement(big, layer="entity")
    assert view.documents.topLevelItemCount() == expected["documents"] == 300
    assert f"alpha {fmt(expected['alpha'])}" in view.summary.text()
    (pair,) = expected["pairs"]
    row = view.pairs.topLevelItem(0)
    assert [row.text(c) for c in range(5)] == [
        "ali / mona", "300", fmt(pair["f1_exact"]), fmt(pair["f1_overlap"]),
        fmt(pair["kappa"])]
    alphas = {view.labels.topLevelItem(i).text(0): view.labels.topLevelItem(i).text(1)
              for i in range(view.labels.topLevelItemCount())}
    assert alphas == {k: fmt(v["alpha"]) for k, v in expected["by_label"].items()}


def test_agreement_view_can_be_cancelled(qtbot, big):
    view = AgreementView(big)
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.busy.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.is_computing())
    assert not view.busy.isVisible() and "cancelled" in view.summary.text()
    assert view.documents.topLevelItemCount() == 0


def test_dashboard_agreement_chart_arrives_from_the_background(qtbot, big):
    # The same Background as the agreement view (whose test counts heartbeats); here the
    # job is short beside drawing the other three charts, so only the outcome is checked.
    board = Dashboard(big)
    qtbot.addWidget(board)
    board.show()
    assert board.busy.isVisible()

    def bars():
        return [i for i in board.agreement.getPlotItem().items
                if isinstance(i, pg.BarGraphItem)]
    qtbot.waitUntil(lambda: bool(bars()), timeout=120_000)
    assert not board.busy.isVisible()
    expected = progress.agreement_by_label(big)
    assert sorted(bars()[0].opts["height"]) == pytest.approx(sorted(
        v if v is not None else 0.0 for v in expected.values()))


def test_agreement_column_follows_an_edit_in_the_store(qtbot, big):
    window = MainWindow(big, "lead")
    qtbot.addWidget(window)
    model = window.documents
    window.team.show_agreement_column()
    qtbot.waitUntil(lambda: model.columnCount() == 4 and model.index(0, 3).data() != "",
                    timeout=60_000)
    assert model.index(0, 0).data(Roles.DocId) == 1
    before = model.index(0, 3).data()
    for span in big.spans.of(1):  # mona takes back every span she marked in document 1
        if span.annotator == "mona":
            big.spans.delete(span.id)
    with Project(big.path) as second:  # the figure as another connection computes it
        expected = {d.doc_id: d.f1_exact for d in document_f1s(second)}[1]
    assert f"{expected:.2f}" != before
    qtbot.waitUntil(lambda: model.index(0, 3).data() == f"{expected:.2f}", timeout=60_000)
    window.close()
