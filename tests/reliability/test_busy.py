"""Several writers on one project: they wait their turn, both finish, and a writer that waits
too long gives one line (exit 2), never a traceback."""
from __future__ import annotations

import os
import pty
import subprocess
import sys
import time

from annotator.core.store import Project
from conftest import cli_args, env, health, run_cli, start_cli, write_jsonl_corpus

HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def _hold_lock(db, seconds: float) -> subprocess.Popen:
    """Another program holding the project's write lock for `seconds`."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_two_concurrent_importers_both_finish(tmp_path):
    a = write_jsonl_corpus(tmp_path / "a", files=60, docs_per_file=4, tag="a")
    b = write_jsonl_corpus(tmp_path / "b", files=60, docs_per_file=4, tag="b")
    db = tmp_path / "p.annotator"
    Project(db).close()
    first = start_cli("import", tmp_path / "a", "--db", db)
    second = start_cli("import", tmp_path / "b", "--db", db)
    for proc in (first, second):
        _, stderr = proc.communicate()
        assert proc.returncode == 0, stderr
        assert "Traceback" not in stderr
    assert health(db) == {"documents": a + b, "spans": 2 * (a + b), "unindexed": 0}


def test_a_writer_that_waits_too_long_gives_one_line(tmp_path):
    write_jsonl_corpus(tmp_path / "c", files=1, docs_per_file=3)
    db = tmp_path / "p.annotator"
    Project(db).close()
    holder = _hold_lock(db, 120)   # until the import has given up
    done = run_cli("import", tmp_path / "c", "--db", db, ANNOTATOR_BUSY_TIMEOUT="1")
    holder.kill()
    holder.wait()
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert "Traceback" not in done.stderr
    assert lines[-1].startswith(f"annotator: {db}: busy: another program kept the project "
                                "locked for more than 1 s")
    assert health(db)["documents"] == 0


def test_import_waits_past_five_seconds_and_says_so_on_a_terminal(tmp_path):
    """The old crash: a writer holding the lock made an import fail after 5 s. Now it waits
    (60 s by default), telling a terminal why, and finishes once the lock is free."""
    write_jsonl_corpus(tmp_path / "c", files=1, docs_per_file=3)
    db = tmp_path / "p.annotator"
    Project(db).close()
    holder = _hold_lock(db, 30)
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cli_args("import", tmp_path / "c", "--db", db), env=env(),
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    said, released = b"", None
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:   # the child closed the terminal
            break
        if not chunk:
            break
        said += chunk
        if released is None and b"(6 s)" in said:   # waited past the old 5 s limit
            holder.kill()
            released = time.monotonic()
    proc.wait()
    holder.wait()
    os.close(leader)
    assert b"waiting for another program to finish writing the project" in said
    assert released is not None, said
    assert proc.returncode == 0, said
    assert health(db)["documents"] == 3
