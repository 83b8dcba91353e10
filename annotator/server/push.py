"""What a sync sends: the spans, links, statuses (and, from the lead, documents) changed here
since the last sync, read from the change log, written on the server in one transaction keyed
by stable ids, so that sending the same batch twice changes nothing. The server's row-level
security refuses a row that carries another annotator's name: the whole batch is then refused
in one line and kept here."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from annotator.core.store import Project
from annotator.server import binding
from annotator.server.connect import ServerError


@dataclass
class Pushed:
    documents: int = 0
    spans: int = 0
    relations: int = 0
    statuses: int = 0
    upto: int = 0      # the last change-log entry the batch covers
    overwritten: int = 0   # spans changed elsewhere since this copy's last sync (ours won)


def prepare(project: Project, sent: int, lead: bool = False
            ) -> tuple[Pushed, dict[str, list[tuple]]]:
    """The batch to send (rows as they are now), after giving new rows their stable ids; in
    one local transaction of its own. Only the lead's copy sends the scheme (label renames
    first, in order, then the whole scheme)."""
    conn = project.conn
    batch: dict[str, list[tuple]] = {}
    with project.transaction():
        upto = int(conn.execute("SELECT coalesce(max(seq), ?) FROM sync_log",
                                (sent,)).fetchone()[0])
        entries = conn.execute("SELECT tbl, row_id, uid, annotator FROM sync_log "
                               "WHERE seq > ? AND seq <= ? ORDER BY seq", (sent, upto)).fetchall()
        batch["renames"] = [tuple(json.loads(d)) for (d,) in conn.execute(
            "SELECT detail FROM sync_log WHERE tbl = 'label_renamed' AND seq > ? AND seq <= ? "
            "ORDER BY seq", (sent, upto))] if lead else []
        scheme_changed = lead and any(tb in ("scheme", "label_renamed") for tb, *_ in entries)
        batch["layers"] = conn.execute("SELECT name, position, description FROM layers"
                                       ).fetchall() if scheme_changed else []
        batch["labels"] = conn.execute(
            "SELECT name, layer, color, hotkey, description, attributes, position FROM labels"
        ).fetchall() if scheme_changed else []
        batch["relation_types"] = conn.execute(
            "SELECT name, heads, tails, description, position FROM relation_types"
        ).fetchall() if scheme_changed else []
        ids = {t: {r for tb, r, _, _ in entries if tb == t} for t in ("spans", "relations",
                                                                      "documents")}
        heads = _ends_of(conn, ids["relations"])
        binding.give_uids(conn, "spans", sorted(ids["spans"] | heads))
        binding.give_uids(conn, "relations", sorted(ids["relations"]))
        batch["documents"] = _rows(conn, "SELECT id, sha256, title, text, source, external_id, "
                                   "meta, note, added_at FROM documents", ids["documents"])
        batch["spans"] = _rows(conn, "SELECT uid, doc_id, start, end, label, annotator, origin, "
                               "attributes, created_at FROM spans", ids["spans"])
        batch["relations"] = _rows(conn, "SELECT r.uid, r.doc_id, h.uid, t.uid, r.type, "
                                   "r.annotator FROM relations r JOIN spans h ON h.id = r.head "
                                   "JOIN spans t ON t.id = r.tail", ids["relations"], "r.id")
        live_spans = {r[0] for r in batch["spans"]}
        live_rels = {r[0] for r in batch["relations"]}
        batch["spans_removed"] = sorted({(uid,) for tb, _, uid, _ in entries
                                         if tb == "spans" and uid and uid not in live_spans})
        batch["relations_removed"] = sorted({(uid,) for tb, _, uid, _ in entries
                                             if tb == "relations" and uid
                                             and uid not in live_rels})
        keys = sorted({(r, who) for tb, r, _, who in entries if tb == "statuses"})
        rows = {(d, w): (d, w, s, u) for d, w, s, u in conn.execute(
            "SELECT doc_id, annotator, status, updated_at FROM statuses")} if keys else {}
        batch["statuses"] = [rows[k] for k in keys if k in rows]
        batch["statuses_removed"] = [k for k in keys if k not in rows]
    counts = Pushed(len(batch["documents"]), len(batch["spans"]) + len(batch["spans_removed"]),
                    len(batch["relations"]) + len(batch["relations_removed"]),
                    len(batch["statuses"]) + len(batch["statuses_removed"]), upto)
    return counts, batch


def send(pg: Any, batch: dict[str, list[tuple]], since: str = "0") -> int:
    """One server transaction; ServerError (one line) when the server refuses a row. Returns
    how many of the spans sent had been changed on the server (by the same annotator on
    another desktop) since this copy last read it: this copy's later write wins."""
    from psycopg import errors
    try:
        with pg.transaction():
            cur = pg.cursor()
            uids = [row[0] for row in batch["spans"]] + [row[0] for row in batch["spans_removed"]]
            overwritten = cur.execute(
                "SELECT count(*) FROM team.spans WHERE uid = ANY(%s::uuid[]) AND xid >= "
                "%s::text::xid8", (uids, since)).fetchone()[0] if uids and since != "0" else 0
            for old, new in batch.get("renames", []):
                cur.execute("UPDATE team.labels SET name = %s WHERE name = %s", (new, old))
                cur.execute("UPDATE team.spans SET label = %s WHERE label = %s", (new, old))
                cur.execute("INSERT INTO team.label_renames (old, new) VALUES (%s, %s)",
                            (old, new))
            if batch.get("layers"):
                cur.execute("DELETE FROM team.labels")
                cur.execute("DELETE FROM team.relation_types")
                cur.execute("DELETE FROM team.layers")
                cur.executemany("INSERT INTO team.layers (name, position, description) "
                                "VALUES (%s, %s, %s)", batch["layers"])
                cur.executemany("INSERT INTO team.labels (name, layer, color, hotkey, "
                                "description, attributes, position) VALUES "
                                "(%s, %s, %s, %s, %s, %s, %s)", batch["labels"])
                cur.executemany("INSERT INTO team.relation_types (name, heads, tails, "
                                "description, position) VALUES (%s, %s, %s, %s, %s)",
                                batch["relation_types"])
            if batch["documents"]:
                cur.executemany(
                    "INSERT INTO team.documents (id, sha256, title, text, source, external_id, "
                    "meta, note, added_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (id) DO NOTHING", batch["documents"])
            if batch["spans"]:
                cur.executemany(
                    'INSERT INTO team.spans (uid, doc_id, start, "end", label, annotator, '
                    "origin, attributes, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
                    'ON CONFLICT (uid) DO UPDATE SET doc_id = EXCLUDED.doc_id, start = '
                    'EXCLUDED.start, "end" = EXCLUDED."end", label = EXCLUDED.label, annotator = '
                    "EXCLUDED.annotator, origin = EXCLUDED.origin, attributes = "
                    "EXCLUDED.attributes, deleted = false", batch["spans"])
            if batch["relations"]:
                cur.executemany(
                    "INSERT INTO team.relations (uid, doc_id, head, tail, type, annotator) "
                    "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (uid) DO UPDATE SET "
                    "head = EXCLUDED.head, tail = EXCLUDED.tail, type = EXCLUDED.type, "
                    "deleted = false", batch["relations"])
            if batch["relations_removed"]:
                cur.executemany("UPDATE team.relations SET deleted = true WHERE uid = %s",
                                batch["relations_removed"])
            if batch["spans_removed"]:
                cur.executemany("UPDATE team.spans SET deleted = true WHERE uid = %s",
                                batch["spans_removed"])
            if batch["statuses"]:
                cur.executemany(
                    "INSERT INTO team.statuses (doc_id, annotator, status, updated_at) VALUES "
                    "(%s, %s, %s, %s) ON CONFLICT (doc_id, annotator) DO UPDATE SET status = "
                    "EXCLUDED.status, updated_at = EXCLUDED.updated_at", batch["statuses"])
            if batch["statuses_removed"]:
                cur.executemany("DELETE FROM team.statuses WHERE doc_id = %s AND annotator = %s",
                                batch["statuses_removed"])
        return int(overwritten)
    except (errors.InsufficientPrivilege, errors.CheckViolation) as exc:
        raise ServerError("the server refused this working copy's changes: "
                          f"{str(exc).splitlines()[0]} (only your own annotations, on the "
                          "documents handed to you, can be sent); nothing was sent") from None
    except errors.ForeignKeyViolation as exc:
        raise ServerError("the server refused this working copy's changes: "
                          f"{str(exc).splitlines()[0]}; nothing was sent") from None


def _ends_of(conn: Any, relation_ids: set[int]) -> set[int]:
    out: set[int] = set()
    for chunk in _chunks(sorted(relation_ids)):
        marks = ",".join("?" * len(chunk))
        for h, t in conn.execute(f"SELECT head, tail FROM relations WHERE id IN ({marks})",
                                 chunk):
            out.update((h, t))
    return out


def _rows(conn: Any, select: str, ids: set[int], column: str = "id") -> list[tuple]:
    out: list[tuple] = []
    for chunk in _chunks(sorted(ids)):
        marks = ",".join("?" * len(chunk))
        out += conn.execute(f"{select} WHERE {column} IN ({marks})", chunk).fetchall()
    return out


def _chunks(items: list[int], size: int = 500) -> list[list[int]]:
    return [items[i:i + size] for i in range(0, len(items), size)]
