"""The figures a lead watches: documents per status per annotator, spans per label, spans per
hour per annotator, agreement per label. Plain queries; the dashboard draws them."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable

from annotator.core.model import Status
from annotator.team.agreement import GOLD, AgreementError, agreement


def status_by_annotator(project: Any, gold: str = GOLD) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for who, status, n in project.conn.execute(
            "SELECT annotator, status, count(*) FROM statuses WHERE annotator NOT IN ('', ?) "
            "GROUP BY annotator, status ORDER BY annotator", (gold,)):
        out.setdefault(who, {s.value: 0 for s in Status})[status] = n
    return out


def spans_by_label(project: Any, gold: str = GOLD) -> dict[str, int]:
    """Annotators' spans per label, in the scheme's order (the gold's own are left out)."""
    counts = dict(project.conn.execute(
        "SELECT label, count(*) FROM spans WHERE annotator != ? GROUP BY label", (gold,)))
    order = [r[0] for r in project.conn.execute("SELECT name FROM labels ORDER BY position")]
    return {label: counts[label] for label in order if label in counts}


def spans_per_hour(project: Any, gold: str = GOLD) -> dict[str, list[tuple[float, int]]]:
    """annotator -> [(hour as a POSIX timestamp, spans created in that hour)], in time order."""
    out: dict[str, list[tuple[float, int]]] = {}
    for who, hour, n in project.conn.execute(
            "SELECT annotator, substr(created_at, 1, 13), count(*) FROM spans "
            "WHERE annotator NOT IN ('', ?) GROUP BY 1, 2 ORDER BY 1, 2", (gold,)):
        try:
            stamp = datetime.strptime(hour, "%Y-%m-%dT%H").replace(tzinfo=timezone.utc)
        except ValueError:
            continue  # a span with no usable time: left out of the timeline
        out.setdefault(who, []).append((stamp.timestamp(), n))
    return out


def agreement_by_label(project: Any, gold: str = GOLD,
                       stop: Callable[[], bool] | None = None) -> dict[str, float | None]:
    """Krippendorff's alpha per label, over every layer."""
    out: dict[str, float | None] = {}
    for (layer,) in project.conn.execute("SELECT name FROM layers ORDER BY position").fetchall():
        try:
            report = agreement(project, layer=layer, gold=gold, stop=stop)
        except AgreementError:  # a layer without labels
            continue
        out.update({label: fig["alpha"] for label, fig in report["by_label"].items()})
    return out
