"""A read-only project whose stored nesting depths are stale (spans changed since they were
counted) still exports the right CoNLL columns: the depths are computed in memory, and nothing
is written to the project."""
import io
import os
import shutil
import sqlite3

import pytest

import annotator.core.store.connection as connection
from annotator.core.store import Project
from annotator.formats.export import ExportOptions, export_conll
from annotator.formats.selection import Selection
from conftest import run_cli

TEXT = "قال مدير جامعة حلب في بيروت إن الوفد وصل."


def _stale_project(db):
    """Two documents whose depths are stale: one now nested two deep (stored: flat), one now
    flat (stored: three deep). The project is two deep where the stored depths say three."""
    with Project(db) as project:
        deep, _ = project.documents.add(TEXT)
        flat, _ = project.documents.add(TEXT + " ثم عاد.")
        org = (TEXT.index("جامعة"), TEXT.index("حلب") + 3)
        loc = (TEXT.index("حلب"), TEXT.index("حلب") + 3)
        inner = project.spans.add(flat, *loc, "LOC", annotator="a")
        project.spans.add(flat, *org, "ORG", annotator="a")
        outer = project.spans.add(flat, TEXT.index("مدير"), org[1], "PER", annotator="a")
        project.spans.add(deep, *org, "ORG", annotator="b")
        assert project.layouts.layer_depths() == {"entity": 3}  # stored, then made stale:
        project.spans.delete(inner.id)
        project.spans.delete(outer.id)
        project.spans.add(deep, *loc, "LOC", annotator="b")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM depths_stale").fetchone()[0] == 2
    return conn.execute("SELECT * FROM span_depths").fetchall()


def _conll(db, selection=None):
    with Project(db) as project:
        out = io.StringIO()
        export_conll(project, out, selection, options=ExportOptions())
        return out.getvalue(), project.conn.execute("PRAGMA query_only").fetchone()[0]


@pytest.mark.parametrize("selection", [None, Selection(annotators={"b"}),
                                       Selection(labels={"ORG", "PER"})])
def test_stale_depths_are_computed_in_memory(tmp_path, monkeypatch, selection):
    db = tmp_path / "p.annotator"
    stored = _stale_project(db)
    shutil.copy(db, tmp_path / "writable.annotator")
    want, writable = _conll(tmp_path / "writable.annotator", selection)
    assert not writable
    with monkeypatch.context() as patch:
        patch.setattr(connection, "_writable", lambda path: False)
        got, read_only = _conll(db, selection)
    assert read_only and got == want
    columns = {len(line.split()) for line in got.splitlines()
               if line and not line.startswith("-DOCSTART-")}
    # the token, then entity (2 levels, or 1 with LOC left out), quote and claim
    assert columns == ({4} if selection and selection.labels else {5})
    check = sqlite3.connect(db)  # nothing was written
    assert check.execute("SELECT count(*) FROM depths_stale").fetchone()[0] == 2
    assert check.execute("SELECT * FROM span_depths").fetchall() == stored


def test_read_only_folder_exports_the_right_columns(tmp_path, plain_user):
    db = tmp_path / "ro" / "p.annotator"
    db.parent.mkdir()
    stored = _stale_project(db)
    shutil.copy(db, tmp_path / "writable.annotator")
    want, _ = _conll(tmp_path / "writable.annotator")
    os.chmod(db, 0o444)
    os.chmod(db.parent, 0o555)
    try:
        done = run_cli("export", "--format", "conll", "--db", db, "--out",
                       tmp_path / "out.conll", prefix=plain_user)
    finally:
        os.chmod(db.parent, 0o755)
        os.chmod(db, 0o644)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.conll").read_text(encoding="utf-8") == want
    assert sqlite3.connect(db).execute("SELECT * FROM span_depths").fetchall() == stored
