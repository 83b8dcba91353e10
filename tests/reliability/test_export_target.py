"""An export never replaces the project it reads (issue 21, items 1 and 4): `--out` naming the
project or its journal by any path is refused in one line with nothing touched, a brat export
into the project's folder never writes over it, and brat file names are unique and short
whatever the documents' ids, with the summary counting the pairs on disk."""
from __future__ import annotations

import json
import os

import pytest

from annotator.core.store import Project
from annotator.formats.importer import import_paths
from conftest import health, run_cli, write_jsonl_corpus


def _project(folder, name: str = "p.annotator"):
    write_jsonl_corpus(folder / "src", files=1, docs_per_file=3)
    db = folder / name
    with Project(db) as project:
        import_paths(project, [folder / "src"])
    return db


def _names(tmp_path, db):
    link, hard = tmp_path / "link.annotator", tmp_path / "hard.annotator"
    link.symlink_to(db)
    os.link(db, hard)
    return {"same": db, "dot": tmp_path / "." / db.name,
            "dotdot": tmp_path / "src" / ".." / db.name, "symlink": link, "hard link": hard,
            "relative": os.path.relpath(db), "wal": f"{db}-wal", "shm": f"{db}-shm"}


@pytest.mark.parametrize("fmt", ["jsonl", "conll", "brat"])
def test_out_naming_the_project_is_refused(tmp_path, fmt):
    db = _project(tmp_path)
    before = db.read_bytes()
    for how, out in _names(tmp_path, db).items():
        done = run_cli("export", "--format", fmt, "--db", db, "--out", out)
        assert done.returncode == 2, (how, done.stderr)
        assert "Traceback" not in done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "is the project file itself" in lines[0], (how, lines)
        assert db.read_bytes() == before, how
        assert health(db)["documents"] == 3
    assert run_cli("stats", "--db", db).returncode == 0


def test_brat_into_the_projects_folder_never_writes_over_it(tmp_path):
    folder = tmp_path / "here"
    folder.mkdir()
    rows = [{"text": f"قال الرئيس {i} في بغداد", "id": ident}
            for i, ident in enumerate(["p", "q", "P"])]
    (tmp_path / "in.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = folder / "p.ann"   # a project whose name is a brat file's
    with Project(db) as project:
        import_paths(project, [tmp_path / "in.jsonl"])
    before = db.read_bytes()
    done = run_cli("export", "--format", "brat", "--db", db, "--out", folder)
    assert done.returncode == 0, done.stderr
    assert db.read_bytes() == before
    assert health(db)["documents"] == 3
    pairs = {p.stem for p in folder.glob("*.txt")}
    assert len(pairs) == 3 and all((folder / f"{n}.ann").is_file() for n in pairs)
    assert "3 .txt/.ann pairs written" in done.stderr


@pytest.mark.parametrize("ids", [["x-3", "x", "x"],
                                 ["x", "X", "ب" * 200, "ب" * 200, "a" * 400, "𝔸" * 300]])
def test_brat_names_are_unique_and_short(tmp_path, ids):
    rows = [{"text": f"قال الرئيس {i} في بغداد", "id": ident} for i, ident in enumerate(ids)]
    (tmp_path / "in.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "p.annotator"
    with Project(db) as project:
        import_paths(project, [tmp_path / "in.jsonl"])
    out = tmp_path / "brat"
    done = run_cli("export", "--format", "brat", "--db", db, "--out", out)
    assert done.returncode == 0, done.stderr
    texts = sorted(out.glob("*.txt"))
    assert len(texts) == len(ids)
    assert len({p.stem.casefold() for p in texts}) == len(ids)
    assert all(len(p.name.encode("utf-8")) <= 120 for p in out.iterdir())
    written = {p.read_text(encoding="utf-8") for p in texts}
    assert written == {r["text"] for r in rows}
    assert f"{len(ids)} .txt/.ann pairs written" in done.stderr
