"""The smaller failures of the second attack (issue 21, item 14): each one line, none a
traceback, nothing stored lost."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest

from annotator.core.store import Project
from annotator.formats.importer import import_paths
from conftest import health, run_cli, write_jsonl_corpus


def _project(folder, docs: int = 3, name: str = "p.annotator"):
    write_jsonl_corpus(folder / "src", files=1, docs_per_file=docs)
    db = folder / name
    with Project(db) as project:
        import_paths(project, [folder / "src"])
    return db


def _one_line(done, code: int, *words: str) -> str:
    assert done.returncode == code, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    for word in words:
        assert word in last, done.stderr
    return last


def _fill(folder, leave: int = 0) -> None:
    """Fill the file system to the last byte, then free `leave` bytes."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError:
        pass
    os.close(fd)
    if leave:
        os.truncate(folder / "filler", os.path.getsize(folder / "filler") - leave)


@pytest.fixture
def disk_12m():
    """A 12 MB tmpfs (root only): a merge must outgrow SQLite's page cache (2 MB) and fail
    inside a statement, where SQLite rolls the transaction back by itself."""
    where = Path("/tmp") / f"annotator-full-{uuid.uuid4().hex[:8]}"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(where)],
                          capture_output=True) if os.geteuid() == 0 else None
    if done is None or done.returncode != 0:
        where.rmdir()
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], capture_output=True)
        where.rmdir()


def test_merge_on_a_full_disk_says_disk_full(disk_12m, tmp_path):
    team = _project(disk_12m, docs=2, name="team.annotator")
    (tmp_path / "big.jsonl").write_text("".join(json.dumps(
        {"text": f"قال الرئيس {i} في بغداد " + f"كلمة{i} " * 60}, ensure_ascii=False) + "\n"
        for i in range(3000)), encoding="utf-8")
    with Project(tmp_path / "a.annotator") as project:
        import_paths(project, [tmp_path / "big.jsonl"], annotator="alice")
    _fill(disk_12m, leave=1 << 20)
    done = run_cli("merge", tmp_path / "a.annotator", "--db", team)
    _one_line(done, 2, "disk full")
    assert "no transaction is active" not in done.stderr
    os.unlink(disk_12m / "filler")
    assert health(team)["documents"] == 2


def test_project_on_a_full_disk_is_exported_read_only(small_disk, tmp_path):
    db = _project(small_disk)
    assert not (small_disk / "p.annotator-wal").exists()
    _fill(small_disk)
    out = tmp_path / "out.jsonl"
    done = run_cli("export", "--format", "jsonl", "--db", db, "--out", out)
    assert done.returncode == 0, done.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    refused = run_cli("import", small_disk / "src", "--db", db)
    _one_line(refused, 2, "read-only", "disk is full")
    os.unlink(small_disk / "filler")
    assert health(db)["documents"] == 3


def _old(db) -> bytes:
    """The project as version 2 says it is (what an upgrade from it must do: the relation end
    indexes, made by version 3; see tests/unit/test_store_schema.py)."""
    conn = sqlite3.connect(db)
    conn.execute("DROP INDEX relations_head")
    conn.execute("DROP INDEX relations_tail")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    return db.read_bytes()


def test_old_read_only_project_is_read_upgraded_in_memory(tmp_path, plain_user):
    db = _project(tmp_path / "p")
    before = _old(db)
    os.chmod(tmp_path / "p", 0o555)
    try:
        out = tmp_path / "out.jsonl"
        os.chmod(tmp_path, 0o777)
        done = run_cli("export", "--format", "jsonl", "--db", db, "--out", out,
                       prefix=plain_user)
        assert done.returncode == 0, done.stderr
        assert len(out.read_text(encoding="utf-8").splitlines()) == 3
        stats = run_cli("stats", "--db", db, prefix=plain_user)
        assert stats.returncode == 0 and "documents: 3" in stats.stdout, stats.stderr
        found = run_cli("search", "بغداد", "--db", db, prefix=plain_user)
        assert found.returncode == 0 and len(found.stdout.splitlines()) == 3
        refused = run_cli("import", tmp_path / "p" / "src", "--db", db, prefix=plain_user)
        _one_line(refused, 2, "read-only")
    finally:
        os.chmod(tmp_path / "p", 0o755)
        os.chmod(tmp_path, 0o755)
    assert db.read_bytes() == before


def test_evaluate_names_the_damaged_gold_file(tmp_path):
    db = _project(tmp_path / "p")
    gold = _project(tmp_path / "g", name="gold.annotator")
    conn = sqlite3.connect(gold)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute(   # the pages of the tables evaluate reads
        "SELECT pageno FROM dbstat WHERE name IN ('documents', 'spans', 'statuses', "
        "'sqlite_autoindex_documents_1')")]
    conn.close()
    data = bytearray(gold.read_bytes())
    for number in pages:   # an impossible b-tree page type
        data[(number - 1) * page:(number - 1) * page + 8] = b"\x07" * 8
    gold.write_bytes(bytes(data))
    done = run_cli("evaluate", "--db", db, "--gold", gold)
    last = _one_line(done, 2, str(gold))
    assert f"{db}:" not in last


def test_search_limit_out_of_range(tmp_path):
    db = _project(tmp_path)
    done = run_cli("search", "بغداد", "--db", db, "--limit", 10 ** 30)
    _one_line(done, 2, "--limit")
    assert run_cli("search", "بغداد", "--db", db, "--limit", 2).stdout.count("\n") == 2


def test_short_file_of_replacement_characters_is_not_called_control_characters(tmp_path):
    db = _project(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes("\ufffd".encode("utf-8"))
    done = run_cli("import", bad, "--db", db)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    line = [ln for ln in done.stderr.splitlines() if "bad.txt" in ln][0]
    assert "control" not in line, line


def test_assign_into_a_read_only_folder_says_so(tmp_path, plain_user):
    db = _project(tmp_path / "p")
    out = tmp_path / "out"
    out.mkdir()
    os.chmod(out, 0o555)
    os.chmod(tmp_path / "p", 0o777)
    os.chmod(db, 0o666)
    try:
        done = run_cli("assign", "--db", db, "--annotators", "alice,bob", "--out", out,
                       prefix=plain_user)
    finally:
        os.chmod(out, 0o755)
    last = _one_line(done, 2, str(out))
    assert "unable to open database file" not in last
    assert "cannot be written" in last or "Permission denied" in last, last
    assert list(out.iterdir()) == []
