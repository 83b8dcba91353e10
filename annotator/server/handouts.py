"""`annotator assign ... --server URL`: the same plan as handing out files (team/assign.py),
written as hand-outs on the server in one transaction by the lead's login; annotators' working
copies bring the new documents in at their next sync."""
from __future__ import annotations

import random

from annotator.core.store import Project
from annotator.server.connect import ServerError, connect, shown
from annotator.team.assign import AssignError, Assignment, documents_to_hand_out, plan


def hand_out_on_server(project: Project, url: str, annotators: list[str], *,
                       overlap: float = 0.2, per_doc: int = 2, seed: int | None = None,
                       status: str | None = None) -> Assignment:
    seed = random.randrange(1_000_000) if seed is None else seed
    ids = documents_to_hand_out(project, status)
    if not ids:
        raise AssignError("no documents to hand out")
    assignment = plan(ids, annotators, overlap=overlap, per_doc=per_doc, seed=seed)
    from psycopg import errors
    with connect(url) as pg:
        known = {r[0] for r in pg.execute("SELECT id FROM team.documents")}
        missing = sorted(set(ids) - known)
        if missing:
            raise ServerError(f"{len(missing)} of these documents are not on {shown(url)} yet "
                              "(sync the lead's working copy first)")
        try:
            with pg.transaction():
                pg.cursor().executemany(
                    "INSERT INTO team.handouts (doc_id, annotator) VALUES (%s, %s) "
                    "ON CONFLICT DO NOTHING",
                    [(d, name) for name, docs in assignment.documents.items() for d in docs])
        except errors.InsufficientPrivilege:
            raise ServerError(f"{shown(url)}: only the lead's login hands out documents"
                              ) from None
    for name in assignment.documents:
        assignment.files[name] = f"{shown(url)} (at the next sync)"  # type: ignore[assignment]
    return assignment
