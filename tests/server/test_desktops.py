"""Desktops as processes of their own on one server: twenty annotators joining and syncing at
once; a desktop killed (SIGKILL) in the middle of a sync, and its server connection cut in the
middle of one: both sides stay consistent and the next sync completes the work."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from annotator.core.store import Project
from annotator.server.init import init_server
from annotator.server.logins import add_annotator
from annotator.server.sync import join, sync

ROOT = Path(__file__).resolve().parents[2]
psycopg = pytest.importorskip("psycopg")

DESKTOP = textwrap.dedent("""
    import sys
    from annotator.core.store import Project
    from annotator.server.sync import join, sync
    url, path, name, edits = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    from pathlib import Path
    join(url, Path(path))
    with Project(path) as p:
        docs = p.documents.ids()
        for i in range(edits):
            p.spans.add(docs[i % len(docs)], i % 20, i % 20 + 3, "PER", annotator=name)
            if i % 10 == 9:
                sync(p)
        p.statuses.set(docs[0], name, "done")
        sync(p)
""")


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.fixture
def server(pg, tmp_path):
    url, cluster = pg
    lead = Project(tmp_path / "lead.annotator")
    for i in range(5):
        lead.documents.add(f"قال المتحدث باسم الوزارة في اليوم {i} إن العمل مستمر في المدينة.")
    init_server(url, lead)
    dbname = url.rsplit("/", 1)[1].split("?")[0]
    yield lead, url, lambda name: cluster.url(dbname, user=name,
                                              password=add_annotator(url, name))
    lead.close()


def server_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        return dict(conn.execute("SELECT annotator, count(*) FROM team.spans WHERE NOT deleted "
                                 "GROUP BY annotator").fetchall())


@pytest.mark.parametrize("desktops", [2, 20])
def test_desktops_join_and_sync_at_once(server, tmp_path, desktops):
    lead, url, login = server
    edits = 30
    procs = [subprocess.Popen([sys.executable, "-c", DESKTOP, login(f"a{i}"),
                               str(tmp_path / f"a{i}.annotator"), f"a{i}", str(edits)],
                              env=env(), stderr=subprocess.PIPE, text=True)
             for i in range(desktops)]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    assert server_counts(url) == {f"a{i}": edits for i in range(desktops)}
    report = sync(lead)
    assert report.received.spans == desktops * edits
    assert report.received.statuses == desktops
    assert sync(lead).received.spans == 0                      # nothing twice


def _pending_copy(server, tmp_path, name: str, spans: int) -> Path:
    lead, url, login = server
    path = tmp_path / f"{name}.annotator"
    join(login(name), path)
    with Project(path) as p:
        with p.transaction():
            for i in range(spans):
                p.spans.add(1 + i % 5, i % 30, i % 30 + 2, "LOC", annotator=name)
    return path


def local_uids(path: Path) -> set[str]:
    with Project(path) as p:
        return {r[0] for r in p.conn.execute("SELECT uid FROM spans")}


def test_a_desktop_killed_in_the_middle_of_syncs(server, tmp_path):
    lead, url, _ = server
    path = _pending_copy(server, tmp_path, "kim", 3000)
    for delay in (0.3, 0.8, 1.5):
        proc = subprocess.Popen([sys.executable, "-m", "annotator", "sync", "--db", str(path)],
                                env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Project(path) as p:                               # the file is whole
            assert p.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    done = subprocess.run([sys.executable, "-m", "annotator", "sync", "--db", str(path)],
                          env=env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with psycopg.connect(url) as conn:
        on_server = {r[0] for r in conn.execute(
            "SELECT uid::text FROM team.spans WHERE annotator = 'kim' AND NOT deleted")}
    assert on_server == local_uids(path) and len(on_server) == 3000


def test_the_server_connection_cut_in_the_middle_of_a_sync(server, tmp_path):
    lead, url, _ = server
    path = _pending_copy(server, tmp_path, "sam", 3000)
    proc = subprocess.Popen([sys.executable, "-m", "annotator", "sync", "--db", str(path)],
                            env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    cut = 0
    with psycopg.connect(url, autocommit=True) as admin:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline and not cut:
            cut = admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE usename = 'sam'").fetchone()[0]
            time.sleep(0.05)
    _, err = proc.communicate(timeout=120)
    if cut:
        assert proc.returncode == 1, err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    with psycopg.connect(url) as conn:                          # all or nothing on the server
        n = conn.execute("SELECT count(*) FROM team.spans WHERE annotator = 'sam'").fetchone()[0]
    assert n in (0, 3000)
    with Project(path) as p:
        assert sync(p).sent.spans in (0, 3000)
    with psycopg.connect(url) as conn:
        on_server = {r[0] for r in conn.execute(
            "SELECT uid::text FROM team.spans WHERE annotator = 'sam'")}
    assert on_server == local_uids(path)
