"""What a sync brings in: documents, the scheme, and annotations written on the server by
transactions this working copy has not seen (its own from another desktop; everyone's for the
lead), applied here in one transaction and announced as an import's are.

The server is read in one REPEATABLE READ transaction; what it cannot yet show (transactions
still open) is asked for again next time, from that snapshot's xmin on. A row this desktop has
changed and not yet sent is left as it is here: the local edit is newer, and goes out next.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from annotator.core.events import Change, Kind
from annotator.core.model import Label, Layer, RelationType, Scheme
from annotator.core.store import Project, changelog

log = logging.getLogger(__name__)


@dataclass
class Pulled:
    documents: int = 0
    spans: int = 0
    relations: int = 0
    statuses: int = 0
    scheme: bool = False


def read_server(pg: Any, since: str) -> tuple[dict[str, list[tuple]], str]:
    """Everything written by transactions from `since` on, and the next `since`."""
    got: dict[str, list[tuple]] = {}
    with pg.transaction():
        pg.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        upto = str(pg.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())").fetchone()[0])
        since_sql = "%s::text::xid8"
        got["documents"] = pg.execute(
            "SELECT id, sha256, title, text, source, external_id, meta, note, added_at "
            f"FROM team.documents d WHERE xid >= {since_sql} OR EXISTS (SELECT 1 FROM "
            f"team.handouts h WHERE h.doc_id = d.id AND h.xid >= {since_sql}) ORDER BY id",
            (since, since)).fetchall()
        got["renames"] = pg.execute(f"SELECT old, new FROM team.label_renames WHERE xid >= "
                                    f"{since_sql} ORDER BY seq", (since,)).fetchall()
        changed = pg.execute(f"SELECT 1 FROM team.scheme_version WHERE xid >= {since_sql}",
                             (since,)).fetchone()
        if changed:
            got["layers"] = pg.execute("SELECT name, position, description FROM team.layers "
                                       "ORDER BY position").fetchall()
            got["labels"] = pg.execute(
                "SELECT name, layer, color, hotkey, description, attributes, position "
                "FROM team.labels ORDER BY position").fetchall()
            got["relation_types"] = pg.execute(
                "SELECT name, heads, tails, description, position FROM team.relation_types "
                "ORDER BY position").fetchall()
        got["spans"] = pg.execute(
            'SELECT uid::text, doc_id, start, "end", label, annotator, origin, attributes, '
            f"created_at, deleted FROM team.spans WHERE xid >= {since_sql}", (since,)
        ).fetchall()
        got["relations"] = pg.execute(
            "SELECT uid::text, doc_id, head::text, tail::text, type, annotator, deleted "
            f"FROM team.relations WHERE xid >= {since_sql}", (since,)).fetchall()
        got["statuses"] = pg.execute(
            "SELECT doc_id, annotator, status, updated_at FROM team.statuses "
            f"WHERE xid >= {since_sql}", (since,)).fetchall()
    return got, upto


def apply(project: Project, got: dict[str, list[tuple]], sent: int) -> Pulled:
    """In the caller's project transaction."""
    conn = project.conn
    out = Pulled()
    touched: set[int] = set()
    pending = _pending(conn, sent)
    for old, new in got.get("renames", []):
        names = {lab.name for lab in project.labels.scheme().labels}
        if old in names and new not in names:   # a rename, as a local one: undo follows it
            with changelog.applying(conn):
                project.labels.rename(old, new)
            out.scheme = True
    if "labels" in got:
        out.scheme = _apply_scheme(project, got) or out.scheme
    with changelog.applying(conn):
        known_docs = {r[0] for r in conn.execute("SELECT id FROM documents")}
        unindexed: list[tuple[int, str]] = []
        for doc_id, sha, title, text, source, external_id, meta, note, added_at in \
                got["documents"]:
            if doc_id in known_docs:
                continue
            project.documents.add(text, source=source, meta=json.loads(meta or "{}"),
                                  title=title, sha256=sha, note=note or "", doc_id=doc_id,
                                  external_id=None if external_id is None
                                  else json.loads(external_id), index=False)
            unindexed.append((doc_id, text))
            if len(unindexed) >= 500:   # searchable, with layouts, a batch at a time
                project.documents.index(unindexed)
                unindexed.clear()
            known_docs.add(doc_id)
            touched.add(doc_id)
            out.documents += 1
        if unindexed:
            project.documents.index(unindexed)
        local_span = dict(conn.execute("SELECT uid, id FROM spans WHERE uid IS NOT NULL"))
        labels = {r[0] for r in conn.execute("SELECT name FROM labels")}
        for uid, doc_id, start, end, label, who, origin, attrs, created, deleted in got["spans"]:
            if doc_id not in known_docs:
                continue
            here = local_span.get(uid)
            if here is not None and ("spans", here) in pending:
                log.info("span %s changed here and on the server: this desktop's edit is "
                         "kept and sent next", uid)
                continue
            if not deleted and label not in labels:
                log.warning("span %s has label %s, which this copy's scheme lacks: left out",
                            uid, label)
                continue
            if deleted:
                if here is not None:
                    conn.execute("DELETE FROM spans WHERE id = ?", (here,))
                    local_span.pop(uid)
                    touched.add(doc_id)
                    out.spans += 1
                continue
            if here is None:
                cur = conn.execute(
                    "INSERT INTO spans (doc_id, start, end, label, annotator, origin, "
                    "attributes, created_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, start, end, label, who, origin, attrs, created, uid))
                local_span[uid] = int(cur.lastrowid or 0)
            else:
                conn.execute("UPDATE spans SET doc_id = ?, start = ?, end = ?, label = ?, "
                             "annotator = ?, origin = ?, attributes = ? WHERE id = ? AND NOT "
                             "(doc_id = ? AND start = ? AND end = ? AND label = ? AND "
                             "annotator = ? AND origin = ? AND attributes = ?)",
                             (doc_id, start, end, label, who, origin, attrs, here,
                              doc_id, start, end, label, who, origin, attrs))
            touched.add(doc_id)
            out.spans += 1
        local_rel = dict(conn.execute("SELECT uid, id FROM relations WHERE uid IS NOT NULL"))
        for uid, doc_id, head, tail, kind, who, deleted in got["relations"]:
            here = local_rel.get(uid)
            if here is not None and ("relations", here) in pending:
                continue
            if deleted:
                if here is not None:
                    conn.execute("DELETE FROM relations WHERE id = ?", (here,))
                    touched.add(doc_id)
                    out.relations += 1
                continue
            h, t = local_span.get(head), local_span.get(tail)
            if h is None or t is None or here is not None:
                continue
            conn.execute("INSERT INTO relations (doc_id, head, tail, type, annotator, uid) "
                         "VALUES (?, ?, ?, ?, ?, ?)", (doc_id, h, t, kind, who, uid))
            touched.add(doc_id)
            out.relations += 1
        for doc_id, who, status, updated in got["statuses"]:
            if doc_id not in known_docs or ("statuses", (doc_id, who)) in pending:
                continue
            conn.execute("INSERT INTO statuses (doc_id, annotator, status, updated_at) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT (doc_id, annotator) DO UPDATE SET "
                         "status = excluded.status, updated_at = excluded.updated_at "
                         "WHERE status IS NOT excluded.status", (doc_id, who, status, updated))
            touched.add(doc_id)
            out.statuses += 1
    if touched:
        project.events.announce(Change(Kind.BULK, doc_ids=tuple(sorted(touched))))
    return out


def _pending(conn: Any, sent: int) -> set[tuple[str, Any]]:
    """Rows changed here and not sent yet: (table, local id) and ('statuses', (doc, who))."""
    out: set[tuple[str, Any]] = set()
    for tbl, row_id, who in conn.execute(
            "SELECT tbl, row_id, annotator FROM sync_log WHERE seq > ?", (sent,)):
        out.add((tbl, (row_id, who)) if tbl == "statuses" else (tbl, row_id))
    return out


def _apply_scheme(project: Project, got: dict[str, list[tuple]]) -> bool:
    """The server's scheme replaces this copy's, as a local change of scheme would (labels
    whose name is new are added; a label no longer there takes its spans with it)."""
    layers = [Layer(name, description=desc) for name, _, desc in got["layers"]]
    labels = [Label(name, layer, color, hotkey=hotkey, description=desc,
                    attributes=json.loads(attrs or "{}"))
              for name, layer, color, hotkey, desc, attrs, _ in got["labels"]]
    relations = [RelationType(name, heads=list(json.loads(heads)), tails=list(json.loads(tails)),
                              description=desc)
                 for name, heads, tails, desc, _ in got["relation_types"]]
    scheme = Scheme(layers=layers, labels=labels, relations=relations)
    if scheme == project.labels.scheme():
        return False
    with changelog.applying(project.conn):
        project.labels.apply(scheme, force=True)
    return True
