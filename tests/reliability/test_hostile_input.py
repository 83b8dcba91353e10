"""Hostile files: each is refused (or imported with a warning) on its own line, and the good
files of the same run are imported."""
from __future__ import annotations

import codecs
import json

import pytest

from annotator.core.store import Project
from annotator.core.text.decode import decode
from annotator.formats.importer import import_paths
from conftest import health, run_cli

ARTICLE = ("قال الرئيس في بيان صدر اليوم إن الحكومة ستعقد اجتماعاً في بغداد لبحث الأزمة.\n"
           "وأضاف أن «الوضع يتحسن» بحسب مصادر رسمية.\n") * 20


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_a_few_invalid_bytes_keep_the_file_utf8(tmp_path, where):
    data = ARTICLE.encode("utf-8")
    at = {"start": 0, "middle": len(data) // 2, "end": len(data)}[where]
    while at not in (0, len(data)) and (data[at] & 0xC0) == 0x80:   # between characters
        at += 1
    bad = data[:at] + b"\xff\xfe" + data[at:]
    src = tmp_path / "article.txt"
    src.write_bytes(bad)
    with Project(tmp_path / "p.annotator") as project:
        summary = import_paths(project, [src])
        text = project.documents.get(1).text
        assert project.search.find("الحكومة") == [1]          # not stored as mojibake
    assert summary.documents == 1 and summary.encodings == []
    assert text.replace("\ufffd", "") == ARTICLE
    assert text.count("\ufffd") == 2
    line = bad.count(b"\n", 0, at) + 1
    assert summary.warnings == [f"{src}:{line}: 2 invalid UTF-8 byte sequences replaced by "
                                f"U+FFFD at byte {at} (line {line}), byte {at + 1} (line {line})"]


def test_windows_1256_files_are_read_as_such_and_said_so(tmp_path):
    plain = ARTICLE.replace("«", '"').replace("»", '"')
    (tmp_path / "cp.txt").write_bytes(plain.encode("cp1256"))
    (tmp_path / "cp-crlf.txt").write_bytes(plain.replace("\n", "\r\n").encode("cp1256"))
    done = run_cli("import", tmp_path / "cp.txt", tmp_path / "cp-crlf.txt", "--db",
                   tmp_path / "p.annotator")
    assert done.returncode == 0, done.stderr
    assert f"{tmp_path / 'cp.txt'}: read as windows-1256" in done.stderr
    assert f"{tmp_path / 'cp-crlf.txt'}: read as windows-1256" in done.stderr
    with Project(tmp_path / "p.annotator") as project:
        assert project.documents.get(1).text == plain
        assert project.documents.get(1).meta == {"encoding": "windows-1256"}


def test_cp1256_is_not_chosen_for_bytes_that_are_not_arabic_in_it():
    latin1 = ("Le président a dit à la presse que la réunion aura lieu. " * 3).encode("latin-1")
    with pytest.raises(ValueError, match="neither UTF-8"):
        decode(latin1)
    # UTF-8 Arabic with a damaged tail is UTF-8, even though cp1256 would "read" it.
    assert decode(ARTICLE.encode("utf-8")[:-1] + b"\xd8").encoding == "utf-8"
    assert decode(codecs.BOM_UTF8 + b"abc \xff def" + b" text" * 20).warnings


def test_bad_files_do_not_sink_the_good_ones(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deep.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n")
    (folder / "deep.json").write_text('{"data": ' * 50_000 + "1" + "}" * 50_000)
    (folder / "number.jsonl").write_text('{"text": "نص", "n": ' + "9" * 5000 + "}\n")
    (folder / "nul.txt").write_bytes(b"abc\x00def")
    (folder / "binary.txt").write_bytes(bytes(range(1, 256)) * 4)
    (folder / "bidi.jsonl").write_text(json.dumps(
        {"text": "زار بغداد", "spans": [{"start": 4, "end": 9, "label": "PER\u202eREP"}]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "huge-label.jsonl").write_text(json.dumps(
        {"text": "زار بغداد", "spans": [{"start": 4, "end": 9, "label": "L" * 100_000}]}) + "\n")
    (folder / "who.jsonl").write_text(json.dumps(
        {"text": "زار بغداد", "spans": [{"start": 4, "end": 9, "label": "LOC",
                                          "annotator": "ali\u202e"}]}) + "\n")
    (folder / "line\nbreak.txt").write_text("اسم ملف فيه سطر جديد", encoding="utf-8")
    (folder / "bad\nname.jsonl").write_text("{broken\n", encoding="utf-8")
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "good.jsonl").write_text(json.dumps({"text": "نص جيد آخر"}) + "\n")
    db = tmp_path / "p.annotator"
    done = run_cli("import", folder, "--db", db)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = {line.split(":")[0]: line for line in done.stderr.splitlines()
              if line.startswith((str(folder), f'"{folder}'))}
    expect = {"deep.jsonl": "nested too deeply", "deep.json": "nested too deeply",
              "number.jsonl": "number in the JSON is too long", "nul.txt": "binary",
              "binary.txt": "neither UTF-8", "bidi.jsonl": "U+202E",
              "huge-label.jsonl": "100000 characters long (at most 64)",
              "who.jsonl": "U+202E"}
    for name, reason in expect.items():
        assert reason in errors[str(folder / name)], done.stderr
    # A newline in a name cannot break "path:line: reason" into two lines.
    quoted = f'"{folder}/bad\\nname.jsonl":1: broken JSON'
    assert any(line.startswith(quoted) for line in done.stderr.splitlines()), done.stderr
    assert "3 documents imported" in done.stderr and "9 refused files" in done.stderr
    assert health(db) == {"documents": 3, "spans": 0, "unindexed": 0}


def test_a_reader_bug_costs_one_file(tmp_path, monkeypatch):
    from annotator.formats import registry

    def broken(path):
        yield from ()
        raise KeyError("surprise")
    monkeypatch.setitem(registry.BY_NAME, "conll", broken)
    (tmp_path / "x.iob").write_text("a O\n")
    (tmp_path / "y.txt").write_text("نص", encoding="utf-8")
    with Project(tmp_path / "p.annotator") as project:
        summary = import_paths(project, [tmp_path])
        assert summary.documents == 1
    # it failed before any record: no line is known, and none is made up
    assert summary.errors == [f"{tmp_path / 'x.iob'}: cannot import: KeyError: 'surprise'"]


@pytest.mark.parametrize("name", ["PER\u202eREP", "A\u2066B", "X\u200fY", "TAB\tX", "N\x00",
                                  "L" * 65])
def test_misleading_label_and_layer_names_are_refused(project, name):
    from annotator.core.scheme import SchemeError
    with pytest.raises(SchemeError):
        project.labels.add(name, "entity")
    with pytest.raises(SchemeError):
        project.labels.add("FINE", name)


def test_misleading_annotator_names_are_refused(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    for name in ("ali\u202e", "x" * 101, "a\nb"):
        done = run_cli("import", tmp_path / "a.txt", "--annotator", name, "--db",
                       tmp_path / "p.annotator")
        assert done.returncode == 2 and "annotator name" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


def test_search_query_of_thousands_of_repeated_words_is_quick(project):
    from annotator.core.store.search import MAX_QUERY_WORDS, query_words
    project.documents.add(ARTICLE)
    assert query_words("بغداد " * 15000) == ["بغداد"]
    assert len(query_words(" ".join(f"w{i}" for i in range(15000)))) <= MAX_QUERY_WORDS
    assert project.search.find("بغداد " * 15000) == [1]
    assert project.search.find(" ".join(["الحكومة"] * 5000 + ["بغداد"] * 5000)) == [1]
