"""The standalone build: packaging/build.py makes the one-folder application with PyInstaller,
and the built program (no Python of ours on its path) opens the window offscreen on the seeded
sample project, imports a file and exports CoNLL, suggests and trains the suggestion model
(as the window's background trainer starts it). Marked slow: a build takes a few minutes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller")
    import build
    work = tmp_path_factory.mktemp("build")
    folder = build.build(work / "dist", work / "work", archive=False)
    program = folder / ("annotator.exe" if sys.platform == "win32" else "annotator")
    assert program.exists()
    return program


def run(program: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(ANNOTATOR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(program), *args], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=300, cwd=home)


def test_the_folder_holds_what_an_annotator_needs(built):
    folder = built.parent
    inside = {p.name for p in folder.rglob("*")}
    assert {"annotator_ar.qm", "annotator_en.qm", "default.toml", "qtbase_ar.qm",
            "annotator.desktop", "annotator.png", "annotator.svg"} <= inside
    assert any(name.startswith("NotoSansArabic") for name in inside)
    assert any((folder / "_internal/annotator/_data/corpus").glob("*.txt"))


def test_the_built_program_opens_imports_and_exports_conll(built, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "preferences.json").write_text(json.dumps({"annotator": "sara"}), "utf-8")
    version = run(built, home, "--version")
    assert version.returncode == 0 and version.stdout.startswith("annotator ")
    # the window, offscreen, on the default project seeded with the bundled sample article
    opened = run(built, home, "gui", "--check")
    assert opened.returncode == 0, opened.stderr
    assert "window open on default.annotator: 1 documents" in opened.stdout
    assert "font Noto Sans Arabic" in opened.stdout and "translations ar en" in opened.stdout
    # import a file with a span, then export the project as CoNLL
    text = "وصل الوفد إلى بغداد صباح اليوم"
    start = text.index("بغداد")
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"text": text, "spans": [
        {"start": start, "end": start + 5, "label": "LOC"}]}, ensure_ascii=False) + "\n",
        "utf-8")
    imported = run(built, home, "import", str(source))
    assert imported.returncode == 0, imported.stderr
    out = tmp_path / "out.conll"
    exported = run(built, home, "export", "--format", "conll", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    conll = out.read_text("utf-8")
    assert conll.count("-DOCSTART-") == 2
    assert "بغداد B-LOC" in conll


def test_the_built_program_suggests_and_trains(built, tmp_path):
    """The window's suggestions and its background training run these very commands (the
    trainer starts the app itself with `train --db P`: gui/suggestion_trainer.py)."""
    from annotator.core.store import Project
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "small.annotator"
    with Project(db) as project:
        for i in range(6):
            text = f"زار الوزير بغداد في اليوم {i} ثم البصرة. وقال أحمد سعيد: «سنبدأ العمل غدا»."
            doc, _ = project.documents.add(text)
            if i == 5:
                continue  # the one left to suggest for
            for word, label in (("بغداد", "LOC"), ("البصرة", "LOC"), ("أحمد سعيد", "PER")):
                project.spans.add(doc, text.index(word), text.index(word) + len(word), label)
            project.statuses.set(doc, "sara", "done")
    trained = run(built, home, "train", "--db", str(db), "--folds", "2")
    assert trained.returncode == 0, trained.stderr
    assert "trained on 5 done documents" in trained.stdout
    by_model = run(built, home, "suggest", "--db", str(db), "--with", "model")
    assert by_model.returncode == 0, by_model.stderr
    assert "(model 3)" in by_model.stdout, by_model.stdout  # بغداد, البصرة, أحمد سعيد
    suggested = run(built, home, "suggest", "--db", str(db))  # names, quotes and the model
    assert suggested.returncode == 0, suggested.stderr
    assert "quotes 6" in suggested.stdout, suggested.stdout
    with Project(db) as project:
        assert project.models.load("entity-crf").documents == 5
