"""Import and the files it may not read (issue 21, items 6 and 3): a subfolder that can be
listed but not searched (mode r--), or a file given inside a folder that cannot be searched, is
refused in one line and the rest is imported; the project file itself (or its journal), found
among the files to import, is skipped without being read."""
from __future__ import annotations

import os
import sqlite3

import pytest

from annotator.core.store import Project
from annotator.formats.importer import import_paths
from conftest import health, run_cli, write_jsonl_corpus


def _one_refusal(done, path) -> None:
    assert "Traceback" not in done.stderr, done.stderr
    lines = [ln for ln in done.stderr.splitlines() if str(path) in ln]
    assert len(lines) == 1, done.stderr
    assert "permission" in lines[0].lower(), lines


def test_unsearchable_subfolder_is_refused_and_the_rest_imported(tmp_path, plain_user):
    src = tmp_path / "in"
    write_jsonl_corpus(src / "good", files=2, docs_per_file=2, tag="g")
    write_jsonl_corpus(src / "closed", files=2, docs_per_file=2, tag="c")
    (src / "closed" / "article.txt").write_text("قال الرئيس في بغداد\n", encoding="utf-8")
    (src / "closed" / "deeper").mkdir()
    os.chmod(src / "closed", 0o444)   # r--: its names can be listed, its files not opened
    os.chmod(tmp_path, 0o777)
    db = tmp_path / "p.annotator"
    try:
        done = run_cli("import", src, "--db", db, prefix=plain_user)
    finally:
        os.chmod(src / "closed", 0o755)
    assert done.returncode == 1, done.stderr
    _one_refusal(done, src / "closed")
    assert health(db)["documents"] == 4


def test_file_inside_an_unsearchable_folder_is_refused(tmp_path, plain_user):
    write_jsonl_corpus(tmp_path / "open", files=1, docs_per_file=2, tag="o")
    write_jsonl_corpus(tmp_path / "closed", files=1, docs_per_file=2, tag="c")
    inside = next((tmp_path / "closed").iterdir())
    os.chmod(tmp_path / "closed", 0o444)
    os.chmod(tmp_path, 0o777)
    db = tmp_path / "p.annotator"
    try:
        done = run_cli("import", inside, tmp_path / "open", "--db", db, prefix=plain_user)
    finally:
        os.chmod(tmp_path / "closed", 0o755)
    assert done.returncode == 1, done.stderr
    _one_refusal(done, inside)
    assert health(db)["documents"] == 2


@pytest.mark.parametrize("fmt", [None, "jsonl"])
def test_the_project_itself_among_the_files_is_skipped(tmp_path, monkeypatch, fmt):
    src = tmp_path / "in"
    write_jsonl_corpus(src, files=1, docs_per_file=2)
    db = src / "p.jsonl"   # a project named like a file import reads
    link = src / "hard.jsonl"
    with Project(db) as project:
        os.link(db, link)
        read = []
        real_open = open

        def watched(file, *args, **kwargs):
            read.append(os.path.realpath(file) if isinstance(file, (str, os.PathLike))
                        else file)
            return real_open(file, *args, **kwargs)

        import builtins
        monkeypatch.setattr(builtins, "open", watched)
        monkeypatch.setattr("io.open", watched)
        summary = import_paths(project, [src, db, f"{db}-wal"], fmt=fmt)
        monkeypatch.undo()
        assert summary.documents == 2, summary.lines()
        assert not summary.errors, summary.errors
        skipped = [ln for ln in summary.lines() if "skipped: it is the project" in ln]
        assert len(skipped) == 6, summary.lines()   # p.jsonl, -wal twice each; -shm, the link
        ours = {os.path.realpath(p) for p in (db, f"{db}-wal", f"{db}-shm", link)}
        assert not ours & set(read), read
        # the connection still holds its locks: another process cannot take the write lock
        other = sqlite3.connect(db, timeout=0)
        with project.transaction():
            project.statuses.set(project.documents.ids()[0], "a", "done")
            with pytest.raises(sqlite3.OperationalError):
                other.execute("BEGIN IMMEDIATE")
        other.close()
    assert health(db)["documents"] == 2


def test_merge_refuses_the_team_project_by_another_name(tmp_path):
    """A hard link to the team project among a merge's files is the project itself: refused
    by device and inode (a second connection to it would merge it into itself)."""
    write_jsonl_corpus(tmp_path / "src", files=1, docs_per_file=2)
    db = tmp_path / "team.annotator"
    with Project(db) as project:
        import_paths(project, [tmp_path / "src"])
    link = tmp_path / "copy.annotator"
    os.link(db, link)
    done = run_cli("merge", link, "--db", db)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "is the team project itself" in done.stderr
    assert health(db)["documents"] == 2
