import codecs
import json
import subprocess
import sys

import pytest

from annotator.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_bytes(codecs.BOM_UTF8 + "قَالَ الرئيـــس 🏥\r\nمرحبا".encode())
    (d / "b.txt").write_bytes("وزارة الخارجية في دمشق".encode("cp1256"))
    (d / "c.txt").write_bytes("تقرير\r\nعن الاقتصاد".encode("utf-16"))
    (d / "empty.txt").write_bytes(b"")
    (d / "blob.txt").write_bytes(bytes(range(256)) * 4)
    return d


def test_import_reports_refused_files_and_exits_1(capsys, tmp_path, folder):
    db = tmp_path / "p.annotator"
    code, out, err = run(capsys, "import", folder, "--db", db)
    assert code == 1
    lines = err.splitlines()
    assert f"{folder / 'blob.txt'}: binary" in err
    assert f"{folder / 'empty.txt'}: empty file" in err
    assert lines[-1].startswith("3 documents imported, 0 duplicates skipped, 0 spans, "
                                "2 refused files") or "3 documents imported" in err
    code, out, err = run(capsys, "import", folder / "a.txt", "--db", db)
    assert code == 0 and "0 documents imported, 1 duplicate skipped" in err


def test_jsonl_round_trip_keeps_offsets_after_emoji_and_crlf(capsys, tmp_path):
    text = "🏥🏥 قال\r\nأحمد\r\nفي بغداد"
    at = text.index("أحمد")
    bag = text.index("بغداد")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": text, "spans": [
        {"start": at, "end": at + 4, "label": "PER"},
        {"start": bag, "end": bag + 5, "label": "LOC"}]}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    db = tmp_path / "p.annotator"
    assert run(capsys, "import", src, "--db", db)[0] == 0
    code, out, err = run(capsys, "export", "--format", "jsonl", "--db", db)
    assert code == 0
    record = json.loads(out)
    assert record["text"] == text
    assert [(s["start"], s["end"], s["label"], s["text"]) for s in record["spans"]] == [
        (at, at + 4, "PER", "أحمد"), (bag, bag + 5, "LOC", "بغداد")]
    # export -> import into a new project -> export gives the same texts and spans
    out_file = tmp_path / "out.jsonl"
    assert run(capsys, "export", "--format", "jsonl", "--db", db, "--out", out_file)[0] == 0
    db2 = tmp_path / "p2.annotator"
    assert run(capsys, "import", out_file, "--db", db2)[0] == 0
    again = json.loads(run(capsys, "export", "--format", "jsonl", "--db", db2)[1])
    assert again["text"] == text
    assert [(s["start"], s["end"], s["label"]) for s in again["spans"]] == [
        (s["start"], s["end"], s["label"]) for s in record["spans"]]


def test_search_stats_labels(capsys, tmp_path, folder):
    db = tmp_path / "p.annotator"
    run(capsys, "import", folder, "--db", db)
    code, out, err = run(capsys, "search", "قال الرئيس", "--db", db)
    assert code == 0 and out.count("\n") == 1 and "قَالَ الرئيـــس" in out
    assert "1 document found" in err
    assert run(capsys, "search", "مرحبا", "--db", db)[1].count("\n") == 1
    code, out, _ = run(capsys, "stats", "--db", db, "--json")
    stats = json.loads(out)
    assert stats["documents"] == 3 and stats["documents_by_status"]["new"] == 3
    code, out, _ = run(capsys, "stats", "--db", db)
    assert "documents: 3" in out
    code, out, _ = run(capsys, "labels", "--db", db)
    assert code == 0 and "PER" in out and "QUOTE" in out and "CLAIM" in out


def test_wrong_use_exits_2(capsys, tmp_path):
    assert run(capsys, "stats", "--db", tmp_path / "missing.annotator")[0] == 2
    bad = tmp_path / "bad.annotator"
    bad.write_text("not a project")
    code, _, err = run(capsys, "stats", "--db", bad)
    assert code == 2 and "not an annotator project" in err
    assert bad.read_text() == "not a project"
    with pytest.raises(SystemExit) as exc:
        main(["export", "--format", "pdf"])
    assert exc.value.code == 2


def test_default_project_is_seeded_with_corpus(capsys, isolated_home):
    code, out, _ = run(capsys, "search", "قسد")
    assert code == 0 and "قسد" in out
    assert (isolated_home / "default.annotator").exists()


@pytest.mark.parametrize("command", ["", "gui", "import", "export", "stats", "search", "labels"])
def test_help_works_everywhere(command):
    args = [sys.executable, "-m", "annotator", *([command] if command else []), "--help"]
    result = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "usage:" in result.stdout
