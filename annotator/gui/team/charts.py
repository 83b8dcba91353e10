"""The dashboard's chart pieces (pyqtgraph): a time axis on whole hours, a count axis on whole
numbers, a titled plot, a legend in a row under its chart and a count range from 0."""
from __future__ import annotations

import math
import time

import pyqtgraph as pg

HOUR = 3600.0
DAY = 24 * HOUR


class HourAxis(pg.AxisItem):
    """Time of day on whole hours, in the local time of the machine: "14:00", with the date
    where a day begins or on the first tick ("8 Dec 14:00"); never seconds or fractions."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.enableAutoSIPrefix(False)  # no "(x1e+09)" after the title

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        hours = max((maxVal - minVal) / HOUR, 1.0)
        fit = max(int(size / 70), 1)  # about 70 pixels a label
        step = next((h for h in (1, 2, 3, 6, 12, 24, 48, 168) if hours / h <= fit), 336)
        offset = utc_offset(minVal)
        first = math.ceil((minVal + offset) / (step * HOUR)) * step * HOUR - offset
        ticks = []
        t = first
        while t <= maxVal and len(ticks) < 200:
            ticks.append(t)
            t += step * HOUR
        return [(step * HOUR, ticks)]

    def tickStrings(self, values: list, scale: float, spacing: float) -> list[str]:
        out, day = [], None
        for v in values:
            local = time.localtime(v)
            this_day = (local.tm_year, local.tm_yday)
            text = time.strftime("%H:%M", local)
            if this_day != day or spacing >= DAY:
                text = time.strftime("%d %b", local).lstrip("0") + (
                    "" if spacing >= DAY else " " + text)
            day = this_day
            out.append(text)
        return out


class CountAxis(pg.AxisItem):
    """Counts: whole numbers only, at a step of 1, 2, 5, 10, 20, 50 ..."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        fit = max(int(size / 30), 2)
        span = max(maxVal - max(minVal, 0.0), 1.0)
        step = 1
        while span / step > fit:
            step = step * 5 // 2 if str(step).startswith("2") else step * 2
        start = max(math.ceil(minVal / step - 1e-6) * step, 0)  # 0 at the very edge too
        return [(step, [float(v) for v in range(int(start), int(maxVal) + 1, step)])]

    def tickStrings(self, values: list, scale: float, spacing: float) -> list[str]:
        return [str(int(round(v))) for v in values]


def counts_range(plot: pg.PlotWidget, top: float) -> None:
    """0 to a little over the highest count (at least 1); 0 a few pixels above the axis so
    its label is drawn."""
    high = max(top * 1.12, 1.0)
    plot.setYRange(-high * 0.03, high, padding=0)


def utc_offset(stamp: float) -> float:
    return float(time.localtime(stamp).tm_gmtoff)


def plot(title: str, x_title: str, y_title: str, counts: bool = True,
          bottom: pg.AxisItem | None = None) -> pg.PlotWidget:
    axes = {"left": CountAxis()} if counts else {}
    if bottom is not None:
        axes["bottom"] = bottom
    plot = pg.PlotWidget(background="w", axisItems=axes)
    plot.setTitle(f"<span style='color:#222;font-size:11pt'>{title}</span>")
    plot.showGrid(y=True, alpha=0.25)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMinimumSize(380, 260)
    for side, text in (("left", y_title), ("bottom", x_title)):
        axis = plot.getAxis(side)
        axis.setTextPen("#333")
        axis.setPen("#888")
        axis.setLabel(text, color="#333")
        axis.enableAutoSIPrefix(False)  # never "Annotator (x0.001)" under three bars
    return plot


def categories(plot: pg.PlotWidget, names: list[str]) -> None:
    plot.getAxis("bottom").setTicks([list(enumerate(names))])
    plot.setXRange(-0.6, max(len(names) - 0.4, 0.6), padding=0)


def legend_below(plot: pg.PlotWidget) -> pg.LegendItem:
    """A legend in a row of its own under the chart, never over a bar or a line; made once
    per chart and emptied at each refresh."""
    item = plot.getPlotItem()
    legend = getattr(plot, "_legend_below", None)
    if legend is None:
        legend = pg.LegendItem(labelTextColor="#222", frame=False, colCount=4,
                               horSpacing=12)
        item.layout.addItem(legend, 4, 1)
        plot._legend_below = legend
    legend.clear()
    return legend
