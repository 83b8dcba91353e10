"""`annotator sync` and `annotator join`: a working copy exchanges changes with the team server.

A sync sends first (push.py), then brings in (pull.py). Each side applies a batch in one
transaction, and what was sent or seen is recorded here only after the server committed, so a
sync killed at any point leaves both sides consistent and the next one completes it (a batch
sent twice changes nothing: rows are keyed by stable ids). With the server down, local work
goes on and waits: the sync says so in one line and keeps every change.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.atomic import part_path
from annotator.core.store import Project, changelog
from annotator.server import binding, passwords, pull, push
from annotator.server.connect import ServerError, Unreachable, connect, first_line, \
    login_of, psycopg_module, shown, without_password
from annotator.server.schema import installed_version

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    sent: push.Pushed = field(default_factory=push.Pushed)
    received: pull.Pulled = field(default_factory=pull.Pulled)

    def __str__(self) -> str:
        s, r = self.sent, self.received
        return (f"sent {s.spans} spans, {s.relations} links, {s.statuses} statuses"
                + (f", {s.documents} documents" if s.documents else "")
                + (f" ({s.overwritten} of them changed on another desktop since the last "
                   "sync: this desktop's later edit kept)" if s.overwritten else "")
                + f"; received {r.documents} documents, {r.spans} spans, {r.relations} links, "
                f"{r.statuses} statuses" + ("; the label scheme changed" if r.scheme else ""))


class NotAWorkingCopy(ServerError):
    pass


def sync(project: Project) -> SyncReport:
    bound = binding.read(project.conn)
    if bound is None:
        raise NotAWorkingCopy(f"{project.path}: not a working copy of a team server (make one "
                              "with `annotator join URL --db FILE`, or `annotator server init`)")
    report = SyncReport()
    try:
        pg = connect(bound.url)
    except Unreachable as exc:
        waiting = changelog.waiting(project.conn, bound.sent)
        raise Unreachable(f"{exc}; {waiting} changes kept") from None
    psycopg = psycopg_module()
    try:
        _exchange(project, pg, bound, report)
    except psycopg.OperationalError as exc:   # the connection went away under the sync
        waiting = changelog.waiting(project.conn, bound.sent)
        raise Unreachable(f"server connection lost: {shown(bound.url)}: {first_line(exc)}; "
                          f"{waiting} changes kept") from None
    except psycopg.Error as exc:
        raise ServerError(f"{shown(bound.url)}: {first_line(exc)}") from None
    return report


def _exchange(project: Project, pg: Any, bound: binding.Binding, report: SyncReport) -> None:
    with pg:
        report.sent = send_changes(project, pg, bound)
        got, upto = pull.read_server(pg, bound.xmin)
        with project.transaction():
            report.received = pull.apply(project, got, bound.sent)
            bound.xmin = upto
            binding.set_progress(project.conn, xmin=upto)


def send_changes(project: Project, pg: Any, bound: binding.Binding) -> push.Pushed:
    """The push half of a sync; `bound.sent` moves on once the server has committed."""
    sent, batch = push.prepare(project, bound.sent, bound.lead)
    if sent.upto > bound.sent:
        sent.overwritten = push.send(pg, batch, bound.xmin)
        if sent.overwritten:
            log.warning("%d spans had changed on the server since this copy's last sync (the "
                        "same annotator on another desktop); this desktop's later edit was "
                        "kept", sent.overwritten)
        with project.transaction():
            bound.sent = sent.upto
            binding.set_progress(project.conn, sent=sent.upto)
    return sent


def join(url: str, path: Path) -> SyncReport:
    """Make `path` (which must not exist) a working copy for the URL's login: built beside it
    and renamed at the end, so a failed join leaves nothing behind."""
    if path.exists():
        raise ServerError(f"{path}: already exists; give a new file for the working copy")
    with connect(url) as pg:
        if installed_version(pg) is None:
            raise ServerError(f"{shown(url)} holds no team project (the lead runs "
                              "`annotator server init` first)")
        lead = pg.execute("SELECT value = session_user FROM team.meta WHERE key = 'lead'"
                          ).fetchone()
    tmp = part_path(path)
    try:
        with Project(tmp) as project:
            with project.transaction():
                binding.write(project.conn, binding.Binding(
                    without_password(url), login_of(url), bool(lead and lead[0]), "0",
                    changelog.last_seq(project.conn)))
                changelog.record_changes(project.conn)
            passwords.remember(url)
            report = sync(project)
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            if leftover.exists():
                leftover.unlink()
    return report
