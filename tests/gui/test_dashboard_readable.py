"""The dashboard reads at a glance: whole hours on the time axis over a sane range (not one
point at "59.750 / 23:00:00 / 00.250"), whole counts, the legend under the chart rather than
over a bar, every axis titled and the agreement thresholds named on their lines."""
from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow
from annotator.gui.team.dashboard import Dashboard
from annotator.team import demo

NAMES = ["ali"]


@pytest.fixture
def team(project):
    for i, text in enumerate(demo.texts(6, seed=8, paragraphs=(1, 1))):
        doc, _ = project.documents.add(text)
        for name in NAMES:
            for s, e, lab in demo.annotator_spans(text, str(i), name, care=0.6 + 0.06 * i):
                project.spans.add(doc, s, e, lab, annotator=name)
            project.statuses.set(doc, name, "in_progress" if i == 0 else "done")
    return project


def ticks(axis):
    """The tick labels the axis draws for its range now."""
    lo, hi = axis.range
    size = axis.width() if axis.orientation in ("top", "bottom") else axis.height()
    out = []
    for spacing, values in axis.tickValues(lo, hi, size):
        out += axis.tickStrings([v for v in values if lo <= v <= hi], axis.scale, spacing)
    return out


@pytest.fixture
def board(qtbot, team):
    window = MainWindow(team, "lead", Prefs())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.editor.setFocus()
    qtbot.wait(100)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D,   # as a lead opens it
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChild(Dashboard) is not None
                    and window.findChild(Dashboard).isVisible())
    board = window.findChild(Dashboard)
    qtbot.waitUntil(lambda: not board.background.is_busy(), timeout=60_000)
    qtbot.wait(50)
    return board


def test_the_hour_axis_shows_whole_hours_over_a_working_day(board):
    axis = board.hours.getAxis("bottom")
    lo, hi = board.hours.getPlotItem().vb.viewRange()[0]
    assert hi - lo >= 8 * 3600            # the spans were all made in one hour
    labels = ticks(axis)
    assert len(labels) >= 3
    assert all(re.fullmatch(r"(\d{1,2} \w{3} )?\d\d:00", t) for t in labels), labels
    for plot in (board.hours, board.statuses, board.labels):
        counts = ticks(plot.getAxis("left"))
        assert counts and all(re.fullmatch(r"\d+", c) for c in counts), counts
        assert "0" in counts


def test_the_legend_is_under_the_chart_not_over_its_bars(board):
    for plot in (board.statuses, board.hours):
        vb = plot.getPlotItem().vb
        legends = [i for i in plot.getPlotItem().scene().items() if isinstance(i, pg.LegendItem)]
        assert legends
        for legend in legends:
            assert legend.isVisible()
            assert not legend.sceneBoundingRect().intersects(vb.sceneBoundingRect())


def test_axes_have_titles_and_thresholds_are_named(board):
    for plot in (board.statuses, board.labels, board.hours, board.agreement):
        for side in ("left", "bottom"):
            assert plot.getAxis(side).labelText, (plot, side)
            assert "(x" not in plot.getAxis(side).labelString(), (plot, side)  # no SI scale
    lines = [i for i in board.agreement.getPlotItem().items if isinstance(i, pg.InfiniteLine)]
    names = sorted(line.label.toPlainText() for line in lines if line.label is not None)
    assert names == ["0.67: tentative", "0.80: reliable"]
