"""`annotator export` and `annotator import` end to end for the training formats."""
import json

import pytest

from annotator.cli import main

TEXT = "قال أحمد إن وبغداد «جميلة. جدا» اليوم."


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    spans = []
    for sub, label, who in [("أحمد", "PER", "mona"), ("بغداد", "LOC", "ali"),
                            ("جميلة. جدا", "QUOTE", "mona")]:
        at = TEXT.index(sub)
        spans.append({"start": at, "end": at + len(sub), "label": label, "annotator": who})
    lines = [{"text": TEXT, "spans": spans, "statuses": {"mona": "done"}},
             {"text": "نص آخر بلا شيء", "spans": []}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n",
                   encoding="utf-8")
    path = tmp_path / "p.annotator"
    assert run(capsys, "import", src, "--db", path)[0] == 0
    return path


def test_conll_options(capsys, db):
    code, out, err = run(capsys, "export", "--format", "conll", "--db", db,
                         "--layers", "quote,entity", "--tags", "bioes", "--sep", "tab")
    assert code == 0 and out.count("-DOCSTART-") == 2
    assert "بغداد\tO\tS-LOC" in out and "جدا\tE-QUOTE\tO" in out
    assert "2 documents, 3 spans exported" in err


def test_layers_filter_and_summary(capsys, db):
    code, out, err = run(capsys, "export", "--format", "doccano", "--db", db,
                         "--layers", "entity", "--status", "done")
    assert code == 0 and len(out.splitlines()) == 1
    assert len(json.loads(out)["label"]) == 2
    assert "1 documents left out by status" in err
    assert "1 spans left out: layer not chosen" in err


def test_annotator_and_labels(capsys, db):
    out = run(capsys, "export", "--format", "spacy", "--db", db, "--annotator", "mona")[1]
    assert sorted(s["label"] for s in json.loads(out.splitlines()[0])["spans"]) == [
        "PER", "QUOTE"]
    out = run(capsys, "export", "--format", "labelstudio", "--db", db, "--labels", "LOC")[1]
    tasks = json.loads(out)
    assert len(tasks) == 2
    assert [r["value"]["labels"] for r in tasks[0]["annotations"][0]["result"]] == [["LOC"]]


def test_bad_options_exit_2(capsys, db):
    assert run(capsys, "export", "--format", "conll", "--db", db, "--layers", "nope")[0] == 2
    assert run(capsys, "export", "--format", "conll", "--db", db, "--status", "finished")[0] == 2


@pytest.mark.parametrize("fmt, name", [("conll", "x.conll"), ("labelstudio", "x.json"),
                                       ("spacy", "x.jsonl")])
def test_export_file_then_import_it(capsys, db, tmp_path, fmt, name):
    out_file = tmp_path / name
    assert run(capsys, "export", "--format", fmt, "--db", db, "--out", out_file)[0] == 0
    other = tmp_path / "other.annotator"
    code, _, err = run(capsys, "import", out_file, "--db", other)
    assert code == 0 and "2 documents imported" in err and "3 spans" in err


def test_import_refuses_malformed_conll(capsys, tmp_path):
    bad = tmp_path / "bad.conll"
    bad.write_text("أ B-PER\nب\n", encoding="utf-8")
    code, _, err = run(capsys, "import", bad, "--db", tmp_path / "p.annotator")
    assert code == 1 and f"{bad}:2: expected a token" in err
