"""A damaged model inside a project file (issue 21, item 2): truncated bytes made crfsuite die
with a segmentation fault, random bytes, a header alone or an info that is not the expected
JSON gave tracebacks. Each is refused in one line before crfsuite sees it; the other
suggesters still run, and `train` replaces the model."""
from __future__ import annotations

import json
import os
import sqlite3
import struct

import pytest

from annotator.core.store import Project
from annotator.formats.importer import import_paths
from annotator.suggest.training import train_project
from conftest import run_cli, write_jsonl_corpus


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    folder = tmp_path_factory.mktemp("model")
    write_jsonl_corpus(folder / "src", files=1, docs_per_file=6)
    (folder / "quote.jsonl").write_text(json.dumps(
        {"text": "قال الرئيس: «سنبني المدارس في بغداد» يوم الأحد"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    db = folder / "p.annotator"
    with Project(db) as project:
        import_paths(project, [folder / "src", folder / "quote.jsonl"])
        for doc_id in project.documents.ids()[:6]:
            project.statuses.set(doc_id, "lead", "done")
        train_project(project, cross=False)
        stored = project.models.load("entity-crf")
    return db, stored.data, stored.info


def _damage(tmp_path, trained, data, info) -> str:
    db, _, _ = trained
    copy = tmp_path / "p.annotator"
    copy.write_bytes(db.read_bytes())
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE models SET data = ?, info = ?", (data, info))
    conn.commit()
    conn.close()
    return copy


def _cases(data: bytes, info: dict):
    good = json.dumps(info)
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0xFF
    return {
        "truncated": (data[:len(data) // 2], good),
        "truncated, no checksum": (data[:len(data) - 100],
                                   json.dumps({"feature_set": "rich"})),
        "random": (os.urandom(len(data)), json.dumps({"feature_set": "rich"})),
        "header only": (data[:48], json.dumps({"feature_set": "rich"})),
        "one changed byte": (bytes(flipped), good),
        "info a list": (data, "[1, 2]"),
        "info a number": (data, "12345"),
        "info not JSON": (data, "{feature_set: rich"),
        "info deep": (data, "[" * 100_000 + "]" * 100_000),
        "unknown feature set": (data, json.dumps({"feature_set": "../../x"})),
        "data as text": ("lCRF", good),
        "offset inside a chunk": (_far_offset(data), json.dumps({"feature_set": "rich"})),
    }


def _far_offset(data: bytes) -> bytes:
    """Well formed to the header's eye, but the labels' table of strings points far past
    the end: crfsuite read it there and died with a segmentation fault."""
    if not data.startswith(b"lCRF"):
        return data   # the names of the cases are listed from a stand-in
    out = bytearray(data)
    labels = struct.unpack_from("<I", data, 32)[0]   # the labels' chunk (CQDB)
    struct.pack_into("<I", out, labels + 20, 0x7FFFFF00)   # its backward array's offset
    return bytes(out)


@pytest.mark.parametrize("case", list(_cases(b"x" * 200, {})))
def test_damaged_model_is_refused_and_the_others_suggest(tmp_path, trained, case):
    data, info = _cases(trained[1], trained[2])[case]
    db = _damage(tmp_path, trained, data, info)
    done = run_cli("suggest", "--db", db)
    assert done.returncode == 0, (case, done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "stored model is damaged" in lines[0], (case, lines)
    assert "using quotes, names" in lines[0]
    with sqlite3.connect(db) as conn:
        origins = {r[0] for r in conn.execute("SELECT DISTINCT origin FROM suggestions")}
    assert origins and "model" not in origins, origins
    explicit = run_cli("suggest", "--with", "model", "--db", db)
    assert explicit.returncode == 2 and "Traceback" not in explicit.stderr, explicit.stderr
    assert len(explicit.stderr.strip().splitlines()) == 1
    assert "stored model is damaged" in explicit.stderr


def test_a_model_without_checksum_still_suggests(tmp_path, trained):
    """A model trained before the checksum was written is checked by its layout alone."""
    info = {k: v for k, v in trained[2].items() if k != "sha256"}
    db = _damage(tmp_path, trained, trained[1], json.dumps(info))
    done = run_cli("suggest", "--with", "model", "--db", db)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


def test_train_replaces_a_damaged_model(tmp_path, trained):
    db = _damage(tmp_path, trained, trained[1][:48], "[1]")
    done = run_cli("train", "--db", db, "--folds", "2")
    assert done.returncode == 0, done.stderr
    again = run_cli("suggest", "--with", "model", "--db", db)
    assert again.returncode == 0 and not again.stderr.strip(), again.stderr


def test_the_window_suggests_without_a_damaged_model(qtbot, tmp_path, trained):
    """Suggest for this document, in the window: the names and quote suggesters run, the model is left out
    and the message says why (before: a traceback out of the key press)."""
    from annotator.core.prefs import Prefs
    from annotator.gui.main_window import MainWindow

    db = _damage(tmp_path, trained, trained[1][:len(trained[1]) // 2], json.dumps(trained[2]))
    project = Project(db)
    try:
        window = MainWindow(project, "sara", Prefs(tmp_path / "prefs.json"))
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        quote_doc = project.documents.ids()[-1]
        window.open_document(quote_doc)
        ctl = window.editor.suggestion_controller
        ctl.actions["suggest"].trigger()   # Suggestions > Suggest for this document
        assert "stored model is damaged" in ctl.last_message
        assert {s.origin for s in ctl.layer.items} == {"names", "quotes"}
    finally:
        project.close()
