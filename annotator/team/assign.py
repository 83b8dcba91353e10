"""Handing out work: one project file per annotator, holding the scheme and that annotator's
documents; a share of the documents goes to several annotators so agreement can be measured.

The plan is deterministic for a given seed: documents are shuffled with it, the first
`overlap` share is dealt to `per_doc` annotators each (cycling through every combination, so
every pair of annotators shares documents), the rest to one annotator each, always the one
with the least work so far.
"""
from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Callable

from annotator.core.messages import located, tr
from annotator.core.model import Status
from annotator.core.scheme import valid_name
from annotator.core.store import Project

ASSIGNEE_KEY = "team.annotator"  # settings key: whose file this is
_BATCH = 200


class AssignError(ValueError):
    """The hand-out cannot be made as asked; nothing was written."""


@dataclass
class Assignment:
    seed: int
    documents: dict[str, list[int]] = field(default_factory=dict)  # annotator -> doc ids
    shared: int = 0  # documents given to more than one annotator
    files: dict[str, Path] = field(default_factory=dict)

    def lines(self) -> list[str]:
        total = len({d for ids in self.documents.values() for d in ids})
        out = [f"{total} documents handed out to {len(self.documents)} annotators, "
               f"{self.shared} of them to more than one (seed {self.seed})"]
        for name, ids in self.documents.items():
            where = self.files.get(name, "")
            out.append(f"  {name}: {len(ids)} documents -> {where}")
        return out


def plan(doc_ids: list[int], annotators: list[str], *, overlap: float = 0.2,
         per_doc: int = 2, seed: int = 0) -> Assignment:
    """Who gets which document (ids kept in ascending order per annotator)."""
    check_names(annotators)
    if not 0.0 <= overlap <= 1.0:
        raise AssignError(tr("--overlap must be between 0 and 1, got {overlap}", overlap=overlap))
    if len(annotators) == 1:
        overlap = 0.0  # nobody to share with
    if overlap > 0 and not 2 <= per_doc <= len(annotators):
        raise AssignError(tr("--per-doc must be between 2 and the number of annotators "
                             "({n}), got {per_doc}", n=len(annotators), per_doc=per_doc))
    order = sorted(doc_ids)
    rng = random.Random(seed)
    rng.shuffle(order)
    n_shared = round(len(order) * overlap) if overlap > 0 else 0
    load = {name: 0 for name in annotators}
    given: dict[str, list[int]] = {name: [] for name in annotators}
    groups = list(combinations(annotators, per_doc)) if n_shared else []
    rng.shuffle(groups)
    for i, doc_id in enumerate(order):
        if i < n_shared:
            # the next combination, but lighter annotators first so loads stay even
            start = i % len(groups)
            group = min(groups[start:] + groups[:start],
                        key=lambda g: sum(load[n] for n in g))
        else:
            group = (min(annotators, key=lambda n: (load[n], annotators.index(n))),)
        for name in group:
            load[name] += 1
            given[name].append(doc_id)
    return Assignment(seed, {n: sorted(ids) for n, ids in given.items()}, n_shared)


def check_names(annotators: list[str]) -> None:
    if len(annotators) < 1 or any(not n for n in annotators):
        raise AssignError(tr("give at least one annotator name (--annotators mona,ali,sara)"))
    if len(set(annotators)) != len(annotators):
        raise AssignError(tr("an annotator is named twice in --annotators"))
    for name in annotators:
        if not valid_name(name) or "/" in name or "\\" in name or name.startswith("."):
            raise AssignError(tr("annotator name {name!r} cannot name a file (no spaces, "
                                 "slashes, quotes, commas or brackets)", name=name))


def documents_to_hand_out(project: Project, status: str | None = None) -> list[int]:
    """All documents, or those whose overall status is `status`."""
    if status is None:
        return project.documents.ids()
    wanted = Status.parse(status)
    return [r["id"] for r in project.documents.rows() if r["status"] == wanted]


def hand_out(project: Project, annotators: list[str], out_dir: str | Path, *,
             overlap: float = 0.2, per_doc: int = 2, seed: int | None = None,
             status: str | None = None,
             progress: Callable[[int, int], None] | None = None) -> Assignment:
    """Write OUT/<name>.annotator for every annotator. Existing files are refused before
    anything is written; each file is written beside its name and renamed when complete."""
    out = Path(out_dir)
    seed = random.randrange(1_000_000) if seed is None else seed
    ids = documents_to_hand_out(project, status)
    if not ids:
        raise AssignError(tr("no documents to hand out with status {status}", status=status)
                          if status else tr("no documents to hand out"))
    assignment = plan(ids, annotators, overlap=overlap, per_doc=per_doc, seed=seed)
    if out.exists() and not out.is_dir():
        raise AssignError(located(str(out), None, tr("is a file, not a folder")))
    targets = {name: out / f"{name}.annotator" for name in annotators}
    taken = [str(p) for p in targets.values() if p.exists()]
    if taken:
        raise AssignError(located(taken[0], None, tr(
            "already exists; an annotator's work is never overwritten (choose another --out "
            "folder)")))
    out.mkdir(parents=True, exist_ok=True)
    if not os.access(out, os.W_OK | os.X_OK):   # SQLite would say "unable to open database file"
        raise AssignError(located(str(out), None, tr(
            "the folder cannot be written (permission denied or a read-only disk)")))
    scheme = project.labels.scheme()
    total = sum(len(v) for v in assignment.documents.values())
    done = 0
    for name, doc_ids in assignment.documents.items():
        part = targets[name].with_name(f".{name}.annotator.part")
        for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
            leftover.unlink(missing_ok=True)
        try:
            with Project(part, scheme=scheme) as target:
                _copy_documents(project, target, doc_ids, name)
            os.replace(part, targets[name])
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        assignment.files[name] = targets[name]
        done += len(doc_ids)
        if progress:
            progress(done, total)
    return assignment


def _copy_documents(source: Project, target: Project, doc_ids: list[int], name: str) -> None:
    conn = target.conn
    with target.transaction():
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                     (ASSIGNEE_KEY, name))
        for at in range(0, len(doc_ids), _BATCH):
            batch = doc_ids[at:at + _BATCH]
            marks = ",".join("?" * len(batch))
            # the lead's document notes travel with the documents (guidance, questions)
            rows = source.conn.execute(
                "SELECT id, sha256, title, text, source, meta, external_id, added_at, note "
                f"FROM documents WHERE id IN ({marks}) ORDER BY id", batch).fetchall()
            conn.executemany(
                "INSERT INTO documents (id, sha256, title, text, source, meta, external_id, "
                "added_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            target.documents.index([(r[0], r[3]) for r in rows])


def assignee(conn: Any) -> str | None:
    """The annotator a handed-out file was made for, if it was made by `hand_out`."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (ASSIGNEE_KEY,)).fetchone()
    return row[0] if row else None
