"""Counting what a format cannot carry: relations and span attributes of what went out."""
from __future__ import annotations

import json

from annotator.core.store import Project
from annotator.formats.selection import ExportSummary, Selection

_CHUNK = 500


def _where(summary: ExportSummary, column: str) -> list[tuple[str, list[int]]]:
    """SQL conditions covering the documents that went out (all of them unless a status
    filter chose some), a chunk of ids at a time."""
    if summary.doc_ids is None:
        return [("1", [])]
    ids = summary.doc_ids
    return [(f"{column} IN ({','.join('?' * len(part))})", part)
            for part in (ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK))]


def count_not_carried(project: Project, summary: ExportSummary, selection: Selection, *,
                      relations: bool, attributes: bool,
                      attribute_filter=None) -> None:
    """Add to summary.not_carried the relations (both ends went out) and the span attributes
    (on spans that went out) the format leaves behind. `attribute_filter(attrs)` says how many
    of a span's attributes are lost (default: all)."""
    layer_of = dict(project.conn.execute("SELECT name, layer FROM labels"))
    takes = lambda annotator, label: selection.reason(annotator, label, layer_of[label]) is None
    if relations:
        n = 0
        for cond, args in _where(summary, "r.doc_id"):
            for ha, hl, ta, tl in project.conn.execute(
                    "SELECT h.annotator, h.label, t.annotator, t.label FROM relations r "
                    "JOIN spans h ON h.id = r.head JOIN spans t ON t.id = r.tail "
                    f"WHERE {cond}", args):
                n += takes(ha, hl) and takes(ta, tl)
        summary.not_carried["relations"] += n
    if attributes:
        n = 0
        for cond, args in _where(summary, "doc_id"):
            for annotator, label, attrs in project.conn.execute(
                    "SELECT annotator, label, attributes FROM spans "
                    f"WHERE attributes != '{{}}' AND {cond}", args):
                if takes(annotator, label):
                    values = json.loads(attrs)
                    n += attribute_filter(values) if attribute_filter else len(values)
        summary.not_carried["span attributes"] += n
