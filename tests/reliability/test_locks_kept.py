"""A process that holds a project open keeps its SQLite locks whatever else it opens.

Opening the same project a second time in that process (the dashboard's worker does) once read
the file's header with a plain open(); closing that descriptor dropped every POSIX lock the
process held on the file. Another process that then closed its own connection believed it was
the last, checkpointed and deleted the -wal under the window, whose later edits went to an
unlinked file: invisible to everyone, gone after a kill -9.
"""
from __future__ import annotations

import sqlite3

from conftest import run_cli


def test_a_second_open_keeps_the_first_ones_locks(tmp_path):
    from annotator.core.store import Project
    db = tmp_path / "shared.annotator"
    window = Project(db)
    try:
        doc, _ = window.documents.add("قال الرئيس إن الاجتماع انتهى.")
        window.spans.add(doc, 4, 10, "PER", annotator="ali")
        Project(db).close()          # the dashboard's own connection, opened and closed
        done = run_cli("stats", "--db", db)   # another process reads and closes
        assert done.returncode == 0, done.stderr
        assert db.with_name(db.name + "-wal").exists(), "the window's WAL was removed under it"
        window.spans.add(doc, 11, 13, "ORG", annotator="ali")
        # a third process sees both edits
        other = sqlite3.connect(db)
        try:
            assert other.execute("SELECT count(*) FROM spans").fetchone()[0] == 2
        finally:
            other.close()
    finally:
        window.close()


def test_the_header_check_never_opens_the_file(tmp_path, monkeypatch):
    """Refusals still come without a plain open() of the project file."""
    import builtins
    import io

    from annotator.core.store.connection import ProjectError, check_project_file
    db = tmp_path / "p.annotator"
    Project = __import__("annotator.core.store", fromlist=["Project"]).Project
    Project(db).close()
    not_db = tmp_path / "notes.annotator"
    not_db.write_text("just some text that is longer than a header", encoding="utf-8")
    opened: list[str] = []
    real_open, real_io_open = builtins.open, io.open

    def spy(file, *a, **k):
        opened.append(str(file))
        return real_open(file, *a, **k)
    monkeypatch.setattr(builtins, "open", spy)
    monkeypatch.setattr(io, "open", spy)
    check_project_file(db)
    try:
        check_project_file(not_db)
    except ProjectError as exc:
        assert "not a SQLite database" in str(exc)
    else:
        raise AssertionError("a text file passed as a project")
    assert not [p for p in opened if p.endswith(".annotator")]
