"""A project file from elsewhere whose schema was tampered with: a table swapped for a view (one
over a recursive query hangs every read), a table dropped, columns changed, a trigger of its
own. It is refused in one line when opened, by every command and by merge, and left as it was;
a long statement stops at Ctrl+C with one line instead of running on."""
from __future__ import annotations

import os
import signal
import sqlite3
import threading

import pytest

from annotator.core.store import Project, ProjectError
from annotator.formats.importer import import_paths
from conftest import run_cli, write_jsonl_corpus

# Bounded, so the code before the check (which ran it) ends: 300,000 rows of one status.
_VIEW = ("CREATE VIEW statuses AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
         "FROM r WHERE n < 300000) SELECT 1 AS doc_id, 'x' || n AS annotator, 'done' AS "
         "status, '' AS updated_at FROM r")


def _project(folder):
    write_jsonl_corpus(folder / "src", files=1, docs_per_file=3)
    db = folder / "p.annotator"
    with Project(db) as project:
        import_paths(project, [folder / "src"])
    return db


def _tamper(db, *statements: str) -> bytes:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        conn.execute(statement)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db.read_bytes()


def _refused(done, *words: str) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0], done.stderr


TAMPERED = {
    "view": (["DROP TABLE statuses", _VIEW], "statuses is a view, not a table"),
    "missing": (["DROP TABLE relations"], "table relations is missing"),
    "columns": (["DROP TABLE statuses", "CREATE TABLE statuses (doc_id INTEGER, who TEXT)"],
                "table statuses lacks column"),
    "trigger": (["CREATE TRIGGER evil AFTER INSERT ON statuses BEGIN "
                 "DELETE FROM spans; END"], "trigger evil"),
}


@pytest.mark.parametrize("kind", sorted(TAMPERED))
def test_tampered_project_is_refused_when_opened(tmp_path, kind):
    db = _project(tmp_path)
    statements, reason = TAMPERED[kind]
    before = _tamper(db, *statements)
    for command in (["stats"], ["agreement"], ["merge", tmp_path / "none.annotator"],
                    ["labels", "add", "NEW", "--layer", "entity"]):
        if command[0] == "merge":
            (tmp_path / "none.annotator").touch()
        done = run_cli(*command, "--db", db)
        _refused(done, str(db), reason)
    assert db.read_bytes() == before   # nothing was written to it


def test_tampered_file_is_refused_by_merge_and_the_others_merge(tmp_path):
    team = _project(tmp_path / "team")
    good = _project(tmp_path / "good")
    bad = _project(tmp_path / "bad")
    _tamper(bad, "DROP TABLE statuses", _VIEW)
    done = run_cli("merge", bad, good, "--db", team)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert f"{bad}: refused:" in done.stderr and "statuses is a view" in done.stderr
    assert "1 file merged, 1 refused" in done.stdout


def test_tampered_project_is_refused_in_process(tmp_path):
    db = _project(tmp_path)
    _tamper(db, "DROP TABLE relations")
    with pytest.raises(ProjectError, match="relations is missing"):
        Project(db)


def test_ctrl_c_stops_a_statement_that_never_ends(tmp_path):
    """A view over an endless query (made here in the connection, as the file check refuses
    one in the file): SIGINT ends the statement with SQLITE_INTERRUPT, the one-line
    `interrupted`. Before, the signal waited for the statement, which never ends: the
    fall-back interrupt (only there so the old code fails instead of hanging) ends it."""
    db = _project(tmp_path)
    project = Project(db)
    project.conn.execute("CREATE TEMP VIEW statuses AS WITH RECURSIVE r(n) AS (SELECT 1 "
                         "UNION ALL SELECT n + 1 FROM r) SELECT 1 AS doc_id, 'x' AS "
                         "annotator, 'done' AS status FROM r")
    fallback = threading.Event()

    def last_resort() -> None:
        fallback.set()
        project.conn.interrupt()

    ctrl_c = threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT))
    stop = threading.Timer(30, last_resort)
    ctrl_c.start()
    stop.start()
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            project.conn.execute("SELECT count(*) FROM statuses").fetchone()
    finally:
        stop.cancel()
        project.close()
    assert caught.value.sqlite_errorname == "SQLITE_INTERRUPT"
    assert not fallback.is_set()
