"""`annotator server init URL --db PROJECT`: the lead's project goes into an empty PostgreSQL
database and becomes the lead's working copy of it.

One transaction on each side: the server's copy commits first, then the project records the
binding and starts recording its changes; a failure on the server leaves both as they were.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annotator.core.store import Project, changelog
from annotator.server import binding, passwords
from annotator.server.connect import ServerError, connect, login_of, shown, without_password
from annotator.server.schema import installed_version, migrate

# What is copied: local table, server table, columns (the same names on both sides).
TABLES = [
    ("documents", "documents", ["id", "sha256", "title", "text", "source", "external_id", "meta",
                                "note", "added_at"]),
    ("layers", "layers", ["name", "position", "description"]),
    ("labels", "labels", ["name", "layer", "color", "hotkey", "description", "attributes",
                          "position"]),
    ("relation_types", "relation_types", ["name", "heads", "tails", "description", "position"]),
    ("statuses", "statuses", ["doc_id", "annotator", "status", "updated_at"]),
]


@dataclass
class InitReport:
    documents: int = 0
    spans: int = 0
    relations: int = 0
    statuses: int = 0

    def __str__(self) -> str:
        return (f"{self.documents} documents, {self.spans} spans, {self.relations} links, "
                f"{self.statuses} statuses")


def init_server(url: str, project: Project) -> InitReport:
    conn = project.conn
    if binding.read(conn) is not None:
        raise ServerError(f"{project.path}: already the working copy of a team server "
                          f"({shown(binding.read(conn).url)})")  # type: ignore[union-attr]
    report = InitReport()
    with project.transaction():
        binding.give_uids(conn, "spans")
        binding.give_uids(conn, "relations")
        with connect(url) as pg:
            if installed_version(pg) is not None:
                raise ServerError(f"{shown(url)} already holds a team project; give an empty "
                                  "database")
            with pg.transaction():
                migrate(pg)
                pg.execute("INSERT INTO team.meta (key, value) VALUES ('lead', session_user)")
                for local, remote, cols in TABLES:
                    n = _copy(pg, conn, f"SELECT {', '.join(cols)} FROM {local}",
                              f"team.{remote}", cols)
                    if local in ("documents", "statuses"):
                        setattr(report, local, n)
                report.spans = _copy(
                    pg, conn, "SELECT uid, doc_id, start, end, label, annotator, origin, "
                    "attributes, created_at FROM spans", "team.spans",
                    ["uid", "doc_id", "start", '"end"', "label", "annotator", "origin",
                     "attributes", "created_at"])
                report.relations = _copy(
                    pg, conn, "SELECT r.uid, r.doc_id, h.uid, t.uid, r.type, r.annotator "
                    "FROM relations r JOIN spans h ON h.id = r.head JOIN spans t ON t.id = r.tail",
                    "team.relations", ["uid", "doc_id", "head", "tail", "type", "annotator"])
            xmin = str(pg.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())").fetchone()[0])
        binding.write(conn, binding.Binding(without_password(url), login_of(url), True, xmin,
                                            changelog.last_seq(conn)))
        changelog.record_changes(conn)
    passwords.remember(url)
    return report


def _copy(pg: Any, conn: Any, select: str, table: str, cols: list[str]) -> int:
    n = 0
    with pg.cursor().copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
        for row in conn.execute(select):
            copy.write_row(row)
            n += 1
    return n
