"""Bringing annotators' project files back into the team project.

Documents are matched by the SHA-256 of their stored text; a document the team project lacks
is added, and metadata keys (document notes among them) the team's copy lacks are added. Spans, links (relations), span attributes and statuses come in under the annotator
names they carry. A merge only adds: a span or link already there is not added again (so
merging the same file twice changes nothing), an attribute already set is kept, and a status
is replaced only by a newer one. A file whose spans use a label the team's scheme lacks (or
holds in another layer) is refused with the reason, before anything of it is written.

All files of one merge are one transaction (each file a savepoint inside it): a merge killed
half-way leaves the team project as it was.
"""
from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from annotator.core.events import Change, Kind
from annotator.core.messages import Message, located, reason_of, tr
from annotator.core.store import Project, ProjectError
from annotator.core.store.connection import check_project_file, interruptible, is_interrupted
from annotator.core.store.documents import now, text_sha256
from annotator.core.store.rows import insert_rows
from annotator.team.assign import assignee

_BATCH = 500
Progress = Callable[[int, int], None]


class MergeRefused(Exception):
    """This file cannot be merged; nothing of it was written. str() is the reason."""


@dataclass
class FileReport:
    path: Path
    refused: str = ""
    documents: int = 0
    new_documents: int = 0
    spans_added: int = 0
    spans_present: int = 0
    links_added: int = 0
    attributes_added: int = 0
    notes_added: int = 0
    statuses_added: int = 0
    statuses_updated: int = 0
    annotators: set[str] = field(default_factory=set)

    def line(self) -> str:
        if self.refused:
            return located(str(self.path), None, tr("refused: {reason}", reason=self.refused))
        who = ", ".join(sorted(self.annotators)) or "nobody"
        return (f"{self.path}: {self.documents} documents ({self.new_documents} new), "
                f"{self.spans_added} spans added ({self.spans_present} already there), "
                f"{self.links_added} links, {self.attributes_added} attributes, "
                f"{self.notes_added} notes, "
                f"{self.statuses_added} statuses added, {self.statuses_updated} updated; "
                f"annotators: {who}")

    @property
    def changed(self) -> bool:
        return bool(self.new_documents or self.spans_added or self.links_added
                    or self.attributes_added or self.notes_added or self.statuses_added
                    or self.statuses_updated)


def merge_files(project: Project, paths: Iterable[str | Path],
                progress: Progress | None = None) -> list[FileReport]:
    """Merge every file; a refused file is reported and the others still merge."""
    reports = []
    # One BULK announcement naming the documents that changed, once everything is committed.
    with project.events.bulk(), project.transaction():
        for path in paths:
            report = FileReport(Path(path))
            try:
                with project.transaction():  # a savepoint: a failing file leaves nothing
                    _merge_one(project, Path(path), report, progress)
            except MergeRefused as exc:
                report = FileReport(Path(path), refused=reason_of(exc))
            except (ProjectError, sqlite3.DatabaseError) as exc:
                if is_interrupted(exc) or not project.conn.in_transaction:
                    # Ctrl+C, or the team project itself failed (a full disk: SQLite rolled
                    # the merge back on its own): the whole merge stops, not this file.
                    raise
                reason = reason_of(exc)  # "path: reason" from core: the reason alone
                report = FileReport(Path(path), refused=reason.params["reason"]
                                    if isinstance(reason, Message) and "reason" in reason.params
                                    else str(exc).removeprefix(f"{path}: "))
            reports.append(report)
    return reports


def _open_source(project: Project, path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise MergeRefused(tr("no such file"))
    if path.resolve() == project.path.resolve() or _same_file(path, project.path):
        raise MergeRefused(tr("is the team project itself"))
    check_project_file(path)  # ProjectError (with the reason) for anything not ours
    conn = interruptible(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))
    if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
        conn.close()
        raise MergeRefused(tr("an empty project file"))
    return conn


def _same_file(a: Path, b: Path) -> bool:
    """The same file by another name (a hard link), by stat alone: never open() it."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_scheme(team: Any, source: sqlite3.Connection) -> None:
    """Raise MergeRefused unless every label the file's spans use is in the team's scheme,
    in the same layer, and every link type it uses is one the team's scheme knows."""
    ours = dict(team.execute("SELECT name, layer FROM labels"))
    for label, layer in source.execute(
            "SELECT DISTINCT s.label, l.layer FROM spans s JOIN labels l ON l.name = s.label "
            "ORDER BY s.label"):
        if label not in ours:
            raise MergeRefused(tr("its spans use label {label!r} (layer {layer!r}), which the "
                                  "team project's scheme does not have; add it with `annotator "
                                  "labels add` or relabel, then merge again", label=label,
                                  layer=layer))
        if ours[label] != layer:
            raise MergeRefused(tr("label {label!r} is in layer {layer!r} there but in {ours!r} "
                                  "here", label=label, layer=layer, ours=ours[label]))
    types = {r[0] for r in team.execute("SELECT name FROM relation_types")}
    if types:
        for (kind,) in source.execute("SELECT DISTINCT type FROM relations ORDER BY type"):
            if kind not in types:
                raise MergeRefused(tr("its links use type {kind!r}, which the team project's "
                                      "scheme does not have", kind=kind))


def _merge_one(project: Project, path: Path, report: FileReport,
               progress: Progress | None) -> None:
    source = _open_source(project, path)
    try:
        check_scheme(project.conn, source)
        name = assignee(source)
        notes = "note" in {r[1] for r in source.execute("PRAGMA table_info(documents)")}
        total = source.execute("SELECT count(*) FROM documents").fetchone()[0]
        next_span = [project.conn.execute("SELECT coalesce(max(id), 0) FROM spans"
                                          ).fetchone()[0] + 1]
        last = 0
        while True:
            rows = source.execute(
                "SELECT id, title, text, source, meta, external_id, added_at, "
                f"{'note' if notes else chr(39) * 2} FROM documents "
                f"WHERE id > ? ORDER BY id LIMIT {_BATCH}", (last,)).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            before = _counts(report)
            ids = _match_documents(project, rows, report)
            _merge_spans(project, source, ids, report, next_span)
            _merge_statuses(project, source, ids, name, report)
            if _counts(report) != before:
                project.events.announce(Change(Kind.BULK, doc_ids=tuple(ids.values())))
            report.documents += len(rows)
            if progress:
                progress(report.documents, total)
    finally:
        source.close()


def _counts(report: FileReport) -> tuple[int, ...]:
    return (report.new_documents, report.spans_added, report.links_added,
            report.attributes_added, report.notes_added, report.statuses_added,
            report.statuses_updated)


def _in(ids: Iterable[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


def _match_documents(project: Project, rows: list[tuple], report: FileReport) -> dict[int, int]:
    """Source doc id -> team doc id; documents the team lacks are added."""
    conn = project.conn
    shas = {r[0]: text_sha256(r[2]) for r in rows}
    marks = ",".join("?" * len(shas))
    team_meta = {sha: (doc_id, meta, note) for sha, doc_id, meta, note in conn.execute(
        f"SELECT sha256, id, meta, note FROM documents WHERE sha256 IN ({marks})",
        list(shas.values()))}
    team = {sha: v[0] for sha, v in team_meta.items()}
    out: dict[int, int] = {}
    added: list[tuple[int, str]] = []
    for doc_id, title, text, src, meta, ext, added_at, note in rows:
        sha = shas[doc_id]
        if sha not in team:
            cur = conn.execute(
                "INSERT INTO documents (sha256, title, text, source, meta, external_id, "
                "added_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (sha, title, text, src, meta, ext, added_at, note))
            team[sha] = int(cur.lastrowid or 0)
            added.append((team[sha], text))
        else:
            if meta != team_meta[sha][1]:  # metadata: the keys the team's copy lacks
                merged = _merge_attributes(team_meta[sha][1], meta)
                if merged is not None:
                    conn.execute("UPDATE documents SET meta = ? WHERE id = ?",
                                 (merged[0], team[sha]))
                    report.attributes_added += merged[1]
            ours = team_meta[sha][2]
            if note and note not in ours:  # a note is added to the team's, never replaces it
                conn.execute("UPDATE documents SET note = ? WHERE id = ?",
                             (f"{ours}\n\n{note}" if ours else note, team[sha]))
                report.notes_added += 1
        out[doc_id] = team[sha]
    if added:
        project.documents.index(added)
        report.new_documents += len(added)
    return out


def _merge_spans(project: Project, source: sqlite3.Connection, ids: dict[int, int],
                 report: FileReport, next_span: list[int]) -> None:
    conn = project.conn
    lengths = dict(conn.execute(f"SELECT id, length(text) FROM documents "
                                f"WHERE id IN ({_in(ids.values())})"))
    existing: dict[tuple, list[list]] = {}
    for sid, doc, s, e, label, who, attrs in conn.execute(
            "SELECT id, doc_id, start, end, label, annotator, attributes FROM spans "
            f"WHERE doc_id IN ({_in(ids.values())})"):
        existing.setdefault((doc, s, e, label, who), []).append([sid, attrs])
    span_map: dict[int, int] = {}
    new_rows, attr_updates = [], []
    for sid, doc, s, e, label, who, origin, attrs, created in source.execute(
            "SELECT id, doc_id, start, end, label, annotator, origin, attributes, created_at "
            f"FROM spans WHERE doc_id IN ({_in(ids)}) ORDER BY id"):
        team_doc = ids[doc]
        if not 0 <= s < e <= lengths[team_doc]:
            raise MergeRefused(tr("span {id} [{start}, {end}) lies outside its document's text",
                                  id=sid, start=s, end=e))
        report.annotators.add(who)
        mates = existing.get((team_doc, s, e, label, who))
        if mates:
            team_id, team_attrs = mates.pop(0)
            span_map[sid] = team_id
            report.spans_present += 1
            merged = _merge_attributes(team_attrs, attrs)
            if merged is not None:
                attr_updates.append((merged[0], team_id))
                report.attributes_added += merged[1]
            continue
        span_map[sid] = next_span[0]
        new_rows.append((next_span[0], team_doc, s, e, label, who, origin, attrs, created))
        next_span[0] += 1
    insert_rows(conn, "INSERT INTO spans (id, doc_id, start, end, label, annotator, origin, "
                "attributes, created_at) VALUES", new_rows)
    conn.executemany("UPDATE spans SET attributes = ? WHERE id = ?", attr_updates)
    report.spans_added += len(new_rows)
    report.attributes_added += sum(len(json.loads(r[7])) for r in new_rows if r[7] != "{}")
    _merge_links(project, source, ids, span_map, report)


def _merge_attributes(team: str, incoming: str) -> tuple[str, int] | None:
    """The team's attributes with the incoming keys it lacks added; None if nothing is new.
    A key the team already has keeps the team's value."""
    ours, theirs = json.loads(team), json.loads(incoming)
    extra = {k: v for k, v in theirs.items() if k not in ours}
    if not extra:
        return None
    return json.dumps({**ours, **extra}, ensure_ascii=False), len(extra)


def _merge_links(project: Project, source: sqlite3.Connection, ids: dict[int, int],
                 span_map: dict[int, int], report: FileReport) -> None:
    conn = project.conn
    existing: dict[tuple, int] = {}
    for key in conn.execute("SELECT doc_id, head, tail, type, annotator FROM relations "
                            f"WHERE doc_id IN ({_in(ids.values())})"):
        existing[key] = existing.get(key, 0) + 1
    new_rows = []
    for doc, head, tail, kind, who in source.execute(
            "SELECT doc_id, head, tail, type, annotator FROM relations "
            f"WHERE doc_id IN ({_in(ids)}) ORDER BY id"):
        key = (ids[doc], span_map[head], span_map[tail], kind, who)
        if existing.get(key, 0):
            existing[key] -= 1
            continue
        new_rows.append(key)
    conn.executemany("INSERT INTO relations (doc_id, head, tail, type, annotator) "
                     "VALUES (?, ?, ?, ?, ?)", new_rows)
    report.links_added += len(new_rows)


def _merge_statuses(project: Project, source: sqlite3.Connection, ids: dict[int, int],
                    name: str | None, report: FileReport) -> None:
    """Statuses per annotator: added when missing, replaced only by a newer one. The
    annotator a file was handed to gets `new` on its documents nobody touched."""
    conn = project.conn
    ours = {(d, a): (s, t) for d, a, s, t in conn.execute(
        "SELECT doc_id, annotator, status, updated_at FROM statuses "
        f"WHERE doc_id IN ({_in(ids.values())})")}
    theirs = {(ids[d], a): (s, t) for d, a, s, t in source.execute(
        "SELECT doc_id, annotator, status, updated_at FROM statuses "
        f"WHERE doc_id IN ({_in(ids)})")}
    if name:
        stamp = now()
        for team_doc in ids.values():
            theirs.setdefault((team_doc, name), ("new", stamp))
    adds, updates = [], []
    for (doc, who), (status, stamp) in theirs.items():
        report.annotators.add(who)
        mine = ours.get((doc, who))
        if mine is None:
            adds.append((doc, who, status, stamp))
        elif mine[0] != status and stamp > mine[1]:
            updates.append((status, stamp, doc, who))
    conn.executemany("INSERT INTO statuses (doc_id, annotator, status, updated_at) "
                     "VALUES (?, ?, ?, ?)", adds)
    conn.executemany("UPDATE statuses SET status = ?, updated_at = ? "
                     "WHERE doc_id = ? AND annotator = ?", updates)
    report.statuses_added += len(adds)
    report.statuses_updated += len(updates)
