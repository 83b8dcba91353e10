"""Projects that cannot be written: read-only files and folders still export and search, a full
disk says so and keeps the project as it was before the batch, nothing prints a traceback."""
from __future__ import annotations

import errno
import os
import sqlite3
import stat

import pytest

from annotator.core.store import Project
from annotator.formats.importer import ImportAborted, import_paths
from conftest import health, read_only_view, remount_read_only, run_cli, write_jsonl_corpus


def _project(folder, docs: int = 3):
    write_jsonl_corpus(folder / "src", files=1, docs_per_file=docs)
    db = folder / "p.annotator"
    with Project(db) as project:
        import_paths(project, [folder / "src"])
    return db


def _one_line_failure(done, *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    for word in words:
        assert word in last, done.stderr


def test_read_only_file_exports_and_searches_but_refuses_import(tmp_path, plain_user):
    db = _project(tmp_path)
    os.chmod(db, 0o444)
    os.chmod(tmp_path, 0o555)   # nor can a journal be made beside it
    try:
        out = tmp_path.parent / f"{tmp_path.name}-out.jsonl"
        done = run_cli("export", "--format", "jsonl", "--db", db, "--out", out, prefix=plain_user)
        assert done.returncode == 0, done.stderr
        assert len(out.read_text(encoding="utf-8").splitlines()) == 3
        found = run_cli("search", "بغداد", "--db", db, prefix=plain_user)
        assert found.returncode == 0 and len(found.stdout.splitlines()) == 3
        stats = run_cli("stats", "--db", db, prefix=plain_user)
        assert stats.returncode == 0 and "documents: 3" in stats.stdout
        refused = run_cli("import", tmp_path / "src", "--db", db, prefix=plain_user)
        _one_line_failure(refused, "read-only")
    finally:
        os.chmod(tmp_path, 0o755)
        os.chmod(db, 0o644)
    assert health(db)["documents"] == 3


def test_read_only_mount_exports_and_searches(read_only_view):
    src, view = read_only_view
    _project(src)
    remount_read_only(view)
    db = view / "p.annotator"
    out = src.parent / "out.conll"
    done = run_cli("export", "--format", "conll", "--db", db, "--out", out)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").count("-DOCSTART-") == 3
    found = run_cli("search", "الرئيس", "--db", db)
    assert found.returncode == 0 and len(found.stdout.splitlines()) == 3
    _one_line_failure(run_cli("import", src / "src", "--db", db), "read-only")
    _one_line_failure(run_cli("export", "--format", "jsonl", "--db", db, "--out",
                              view / "x.jsonl"), "cannot write", "nothing was written")


def test_unreadable_subfolder_is_refused(tmp_path, plain_user):
    write_jsonl_corpus(tmp_path / "in" / "ok", files=1, docs_per_file=2)
    write_jsonl_corpus(tmp_path / "in" / "locked", files=1, docs_per_file=2)
    os.chmod(tmp_path / "in" / "locked", 0)
    try:
        done = run_cli("import", tmp_path / "in", "--db", tmp_path / "p.annotator",
                       prefix=plain_user)
    finally:
        os.chmod(tmp_path / "in" / "locked", stat.S_IRWXU)
    assert done.returncode == 1, done.stderr
    assert f"{tmp_path / 'in' / 'locked'}: cannot read folder: Permission denied" in done.stderr
    assert "2 documents imported" in done.stderr


# --- a full disk: a real one (tmpfs) where the machine allows, an injected one everywhere ---

def test_full_disk_stops_the_import_and_keeps_committed_batches(small_disk, tmp_path):
    total = write_jsonl_corpus(tmp_path / "big", files=400, docs_per_file=10)
    db = small_disk / "p.annotator"
    done = run_cli("import", tmp_path / "big", "--db", db)
    _one_line_failure(done, "disk full")
    imported = int(done.stderr.split(" documents imported")[0].split()[-1]) \
        if "documents imported" in done.stderr else 0
    counts = health(db)
    assert counts["documents"] == imported < total       # exactly the committed batches
    assert counts["spans"] == 2 * imported and counts["unindexed"] == 0


def test_full_disk_leaves_the_previous_export(small_disk, tmp_path):
    db = _project(tmp_path, docs=400)
    out = small_disk / "train.jsonl"
    out.write_text('{"previous": "export"}\n', encoding="utf-8")
    fd = os.open(small_disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:   # fill the disk up, then free a few blocks: too few for the export
        while True:
            os.write(fd, b"x" * 65536)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    os.truncate(small_disk / "filler", os.path.getsize(small_disk / "filler") - 32768)
    done = run_cli("export", "--format", "jsonl", "--db", db, "--out", out)
    _one_line_failure(done, "disk full", "the previous file was left as it was")
    assert out.read_text(encoding="utf-8") == '{"previous": "export"}\n'
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "train.jsonl"]


def test_injected_disk_full_rolls_back_the_batch(tmp_path):
    """SQLite's own page limit gives the same SQLITE_FULL as a full disk, on any machine."""
    write_jsonl_corpus(tmp_path / "big", files=20, docs_per_file=50)
    db = tmp_path / "p.annotator"
    with Project(db) as project:
        pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
        project.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(ImportAborted) as aborted:
            import_paths(project, [tmp_path / "big"])
        assert aborted.value.reason.startswith("disk full")
        assert project.conn.in_transaction is False
    assert health(db)["documents"] == aborted.value.summary.documents == 0


def test_injected_disk_full_during_export(tmp_path, monkeypatch):
    from annotator.cli import main
    db = _project(tmp_path)
    out = tmp_path / "train.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(os, "fsync", full)
    assert main(["export", "--format", "jsonl", "--db", str(db), "--out", str(out)]) == 2
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_project_errors_in_a_command_are_one_line(tmp_path, capsys):
    from annotator.cli import main
    db = _project(tmp_path)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        os.environ["ANNOTATOR_BUSY_TIMEOUT"] = "0.2"
        code = main(["labels", "add", "NEWLABEL", "--layer", "entity", "--db", str(db)])
    finally:
        del os.environ["ANNOTATOR_BUSY_TIMEOUT"]
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and "busy" in err
