"""The progress dashboard: four charts a lead reads at a glance.

Drawn with pyqtgraph: it is made for Qt, draws with QPainter on the widgets we already ship
(PySide6-Essentials), and needs only numpy; QtCharts would pull in the large PySide6-Addons
and matplotlib a second rendering stack.
"""
from __future__ import annotations

import time
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QVBoxLayout, QWidget

from annotator.core.model import Status
from annotator.core.store import Project
from annotator.gui.digits import counted
from annotator.gui.models.roles import status_text
from annotator.gui.team.background import Background, BusyBar
from annotator.gui.team import charts
from annotator.gui.team.charts import HOUR
from annotator.team import progress
from annotator.team.agreement import GOLD

# Okabe-Ito, as the label scheme: told apart by colour-blind readers too.
SERIES = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
          "#000000"]
STATUS_COLORS = {"new": "#BBBBBB", "in_progress": "#E69F00", "done": "#009E73",
                 "skipped": "#CC79A7"}


def tr(text: str) -> str:
    # The empty context is where pyside6-lupdate files a bare tr("...") call.
    return QCoreApplication.translate("", text)


def _sessions(points: list[tuple[float, int]], gap_hours: int = 3
              ) -> tuple[list[float], list[float]]:
    """Hours and counts for a line: an idle hour within a working session counts as zero;
    a longer pause (a night) breaks the line instead of drawing days of zeros."""
    xs: list[float] = []
    ys: list[float] = []
    for hour, count in points:
        if xs:
            gap = round((hour - xs[-1]) / 3600)
            if gap > gap_hours:
                xs.append(xs[-1] + 3600)
                ys.append(float("nan"))
            else:
                for k in range(1, gap):
                    xs.append(xs[-1] + 3600)
                    ys.append(0.0)
        xs.append(hour)
        ys.append(float(count))
    return xs, ys


class Dashboard(QDialog):
    def __init__(self, project: Project, gold: str = GOLD, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Team progress"))
        self.setObjectName("dashboard")
        self.project, self.gold = project, gold
        self.statuses = charts.plot(tr("Documents per status, per annotator"),
                                    tr("Annotator"), tr("Documents"))
        self.labels = charts.plot(tr("Spans per label"), tr("Label"), tr("Spans"))
        self.hours = charts.plot(tr("Spans per hour, per annotator"), tr("Hour (local time)"),
                                 tr("Spans made in the hour"), bottom=charts.HourAxis())
        self.agreement = charts.plot(tr("Agreement per label (Krippendorff's alpha)"),
                                     tr("Label"), tr("Alpha"), counts=False)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.busy = BusyBar()
        self.busy.cancel.clicked.connect(lambda: self.background.cancel())
        self.background = Background(str(project.path), self)
        self.background.succeeded.connect(self._draw_agreement)
        self.background.busy.connect(self._busy)
        grid = QGridLayout()
        for i, plot in enumerate((self.statuses, self.labels, self.hours, self.agreement)):
            grid.addWidget(plot, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        self.resize(1000, 680)
        self.refresh()

    def refresh(self) -> None:
        self._statuses()
        self._labels()
        self._hours()
        self._agreement()

    def _statuses(self) -> None:
        plot = self.statuses
        plot.clear()
        data = progress.status_by_annotator(self.project, self.gold)
        names = list(data)
        legend = charts.legend_below(plot)
        bottom = [0] * len(names)
        for status in Status:
            heights = [data[n].get(status.value, 0) for n in names]
            if not any(heights):
                continue
            bars = pg.BarGraphItem(x=list(range(len(names))), height=heights, y0=bottom,
                                   width=0.6, brush=STATUS_COLORS[status.value], pen="w")
            plot.addItem(bars)
            legend.addItem(bars, status_text(status))
            bottom = [b + h for b, h in zip(bottom, heights)]
        charts.categories(plot, names)
        charts.counts_range(plot, max(bottom, default=0))
        done = sum(d.get("done", 0) for d in data.values())
        # "%1 · %2": a middle dot reads as an Arabic-Indic zero, so Arabic uses its comma
        self.summary.setText(self.tr("%1 · %2").replace(
            "%1", counted(self.tr("%n annotator(s)", "", len(names)))).replace(
            "%2", counted(self.tr("%n document(s) done in all", "", done))))

    def _labels(self) -> None:
        plot = self.labels
        plot.clear()
        counts = progress.spans_by_label(self.project, self.gold)
        colors = dict(self.project.conn.execute("SELECT name, color FROM labels"))
        names = list(counts)
        plot.addItem(pg.BarGraphItem(x=list(range(len(names))), height=list(counts.values()),
                                     width=0.6, brushes=[colors.get(n, "#888") for n in names],
                                     pen="w"))
        charts.categories(plot, names)
        charts.counts_range(plot, max(counts.values(), default=0))

    def _hours(self) -> None:
        plot = self.hours
        plot.clear()
        legend = charts.legend_below(plot)
        series = progress.spans_per_hour(self.project, self.gold)
        top, first, last = 1, None, None
        for i, (who, points) in enumerate(series.items()):
            xs, ys = _sessions(points)
            color = SERIES[i % len(SERIES)]
            line = plot.plot(xs, ys, pen=pg.mkPen(color, width=2), symbol="o", symbolSize=6,
                             symbolBrush=color, symbolPen=color, connect="finite")
            legend.addItem(line, who)
            top = max([top] + [y for y in ys if y == y])
            first = min(xs[0], first) if first is not None else xs[0]
            last = max(xs[-1], last) if last is not None else xs[-1]
        # at least a working day around the points: one busy hour is not a zoom on one dot
        now = time.time()
        first = first if first is not None else now - 8 * HOUR
        last = last if last is not None else now
        width = max(last - first, 8 * HOUR)
        middle = (first + last) / 2
        plot.setXRange(middle - width / 2 - HOUR / 2, middle + width / 2 + HOUR / 2, padding=0)
        charts.counts_range(plot, top)

    def _agreement(self) -> None:
        """Every layer's agreement, in the background: minutes on a large project."""
        self.agreement.clear()
        gold = self.gold
        self.background.run(lambda project, stop: progress.agreement_by_label(project, gold,
                                                                              stop))

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy.text.setText(tr("Computing agreement per label…"))

    def hideEvent(self, event: Any) -> None:  # closed: the figures are no longer wanted
        self.background.cancel()
        super().hideEvent(event)

    def _draw_agreement(self, alphas: dict[str, float | None]) -> None:
        plot = self.agreement
        plot.clear()
        # worst first, from the left
        names = sorted(alphas, key=lambda n: (alphas[n] is not None, alphas[n] or 0.0))
        values: list[float] = [a if (a := alphas[n]) is not None else 0.0 for n in names]
        brushes = ["#D55E00" if v < 0.67 else "#E69F00" if v < 0.8 else "#009E73"
                   for v in values]
        plot.addItem(pg.BarGraphItem(x=list(range(len(names))), height=values, width=0.6,
                                     brushes=brushes, pen="w"))
        for x, v in enumerate(values):
            text = pg.TextItem(f"{v:.2f}", color="#222", anchor=(0.5, 1.0))
            font = QFont()
            font.setPointSize(8)
            text.setFont(font)
            text.setPos(x, v)
            plot.addItem(text)
        # Krippendorff's thresholds, named on the line at the right end
        for level, name in ((0.67, tr("0.67: tentative")), (0.8, tr("0.80: reliable"))):
            plot.addItem(pg.InfiniteLine(
                pos=level, angle=0, pen=pg.mkPen("#777", style=Qt.PenStyle.DashLine),
                label=name, labelOpts={"position": 0.98, "color": "#444",
                                       "anchors": [(1, 1), (1, 1)], "fill": (255, 255, 255, 200)}))
        plot.setYRange(min(0.0, min(values, default=0.0)) - 0.03, 1.08, padding=0)
        charts.categories(plot, names)
