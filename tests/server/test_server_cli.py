"""The team server from the command line, each desktop a process of its own: the lead puts a
project on the server and adds logins, annotators join and sync, the lead's stats see their
work; failures are one line with the documented exit status, and no password is ever shown."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
psycopg = pytest.importorskip("psycopg")


def cli(*args, **env):
    import os
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env})


def test_a_team_through_the_command_line(pg, tmp_path):
    url, cluster = pg
    db = tmp_path / "lead.annotator"
    articles = tmp_path / "articles"
    articles.mkdir()
    for i, text in enumerate(["قال الرئيس إن الاجتماع انتهى.", "وصل الوفد إلى القاهرة."]):
        (articles / f"{i}.txt").write_text(text, encoding="utf-8")
    assert cli("import", articles, "--db", db).returncode == 0
    done = cli("server", "init", url, "--db", db)
    assert done.returncode == 0, done.stderr
    assert cluster.password not in done.stdout + done.stderr
    cli("import", articles, "--db", tmp_path / "other.annotator")
    again = cli("server", "init", url, "--db", tmp_path / "other.annotator")
    assert again.returncode == 2 and "already" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    (tmp_path / "pw").write_text("s3cret-for-ali\n", encoding="utf-8")
    made = cli("server", "add-annotator", "ali", "--server", url, "--password-file",
               tmp_path / "pw")
    assert made.returncode == 0 and "s3cret" not in made.stdout
    dbname = url.rsplit("/", 1)[1].split("?")[0]
    ali_url = cluster.url(dbname, user="ali", password="s3cret-for-ali")
    copy = tmp_path / "ali.annotator"
    joined = cli("join", ali_url, "--db", copy)
    assert joined.returncode == 0, joined.stderr
    assert "s3cret" not in joined.stdout + joined.stderr
    assert cli("join", ali_url, "--db", copy).returncode == 2          # it exists
    from annotator.core.store import Project
    with Project(copy) as ali:
        ali.spans.add(1, 4, 10, "PER", annotator="ali")
        ali.statuses.set(1, "ali", "done")
    synced = cli("sync", "--db", copy)
    assert synced.returncode == 0, synced.stderr
    assert "sent 1 spans" in synced.stdout
    assert cli("sync", "--db", db).returncode == 0
    stats = json.loads(cli("stats", "--json", "--db", db).stdout)
    assert "ali" in json.dumps(stats)
    # not a working copy: usage; the server gone: one line, exit 1, the change kept
    plain = tmp_path / "plain.annotator"
    cli("import", articles, "--db", plain)
    assert cli("sync", "--db", plain).returncode == 2
    with Project(copy) as ali:
        ali.spans.add(2, 0, 3, "LOC", annotator="ali")
    cluster.stop()
    try:
        down = cli("sync", "--db", copy)
        assert down.returncode == 1
        assert down.stderr.strip().startswith("annotator sync: server unreachable")
        assert "1 changes kept" in down.stderr and len(down.stderr.strip().splitlines()) == 1
    finally:
        cluster.restart()
    assert "sent 1 spans" in cli("sync", "--db", copy).stdout

