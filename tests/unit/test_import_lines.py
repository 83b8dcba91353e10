"""Every import message names the line it is about, not line 1: a stray I- tag deep in a CoNLL
file without -DOCSTART- (one document from line 1), a bad tag there, a Label Studio task far
down its file; a file that has no lines to speak of (.docx) is named without one."""
import json

import pytest

from annotator.cli import main
from annotator.formats.importer import import_paths


def conll_lines(n):
    return [f"كلمة{i} O" if i % 10 else "" for i in range(1, n + 1)]


def test_stray_i_tags_deep_in_a_conll_file_are_reported_at_their_lines(project, tmp_path):
    lines = conll_lines(12_400)
    for at in (12_377, 12_390):
        lines[at - 1] = "بغداد I-LOC"
    src = tmp_path / "train.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = import_paths(project, [src])
    assert summary.documents == 1 and summary.spans == 2
    assert summary.warnings == [f"{src}:12377: 2 I- tags without a B- before them were read "
                                "as the start of a span: this line, then lines 12390"]


def test_one_stray_tag_and_many(project, tmp_path):
    lines = conll_lines(100)
    lines[49] = "بغداد I-LOC"
    (tmp_path / "one.conll").write_text("\n".join(lines), encoding="utf-8")
    lines = conll_lines(100)
    for at in range(31, 100, 10):   # after each blank line: 7 of them
        lines[at - 1] = "بغداد I-LOC"
    (tmp_path / "many.conll").write_text("\n".join(lines), encoding="utf-8")
    summary = import_paths(project, [tmp_path / "one.conll", tmp_path / "many.conll"])
    assert summary.warnings == [
        f"{tmp_path / 'one.conll'}:50: an I- tag without a B- before it was read as the start "
        "of a span",
        f"{tmp_path / 'many.conll'}:31: 7 I- tags without a B- before them were read as the "
        "start of a span: this line, then lines 41, 51, 61, 71 and 2 more"]


def test_a_bad_tag_deep_in_a_conll_file_names_its_line(project, tmp_path):
    lines = conll_lines(5_000)
    lines[4_321 - 1] = "بغداد B_LOC"
    src = tmp_path / "train.conll"
    src.write_text("\n".join(lines), encoding="utf-8")
    summary = import_paths(project, [src])
    assert summary.errors == [f"{src}:4321: 'B_LOC' is not a tag (expected O, B-X, I-X, E-X "
                              "or S-X)"]


def test_a_docx_is_refused_without_a_line(project, tmp_path):
    (tmp_path / "article.docx").write_bytes(b"PK\x03\x04")
    summary = import_paths(project, [tmp_path / "article.docx"])
    assert len(summary.errors) == 1
    assert summary.errors[0].startswith(f"{tmp_path / 'article.docx'}: unsupported file type")


def test_a_label_studio_task_is_named_at_its_own_line(project, tmp_path):
    tasks = [{"data": {"text": f"نص رقم {i}"}, "annotations": [{"result": []}]}
             for i in range(5)]
    tasks[3]["annotations"][0]["result"].append(
        {"type": "labels", "value": {"start": 0, "end": 99, "labels": ["PER"]}})
    src = tmp_path / "tasks.json"
    src.write_text(json.dumps(tasks, ensure_ascii=False, indent=2), encoding="utf-8")
    starts = [n + 1 for n, text in enumerate(src.read_text(encoding="utf-8").split("\n"))
              if text == "  {"]
    summary = import_paths(project, [src])
    assert summary.errors == [f"{src}:{starts[3]}: task 4: offsets [0, 99) are outside the "
                              "text (length 8) or empty"]
    assert starts[3] > 20


def test_label_studio_reads_one_task_a_list_and_an_empty_list(project, tmp_path):
    one = {"data": {"text": "نص واحد"}}
    (tmp_path / "one.json").write_text(json.dumps(one), encoding="utf-8")
    (tmp_path / "two.json").write_text(" [ " + json.dumps(one | {"data": {"text": "نص ثان"}})
                                       + " ,\n" + json.dumps({"data": {"text": "نص ثالث"}})
                                       + " ]\n", encoding="utf-8")
    (tmp_path / "none.json").write_text("[]", encoding="utf-8")
    (tmp_path / "bad.json").write_text('[{"data": {"text": "x"}}\n\n {"data": 1}]',
                                       encoding="utf-8")
    summary = import_paths(project, [tmp_path])
    assert summary.documents == 3
    assert summary.errors == [f"{tmp_path / 'bad.json'}:3: broken JSON: Expecting ',' "
                              "delimiter (column 2)"]


def test_brat_warnings_name_the_ann_line_when_the_txt_is_given(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("زار الوزير بغداد", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tLOC 11 16\tبغداد\n\nE1\tVisit:T1\n", encoding="utf-8")
    assert main(["import", str(tmp_path / "a.txt"), "--db", str(tmp_path / "p.annotator")]) == 0
    assert f"warning: {tmp_path / 'a.ann'}:3: 1 line(s) of kinds other than T, R, A, M" \
        in capsys.readouterr().err


def test_the_wojood_samples_stray_tag_is_named_at_its_line(project, wojood_sample):
    """The file has no -DOCSTART-: one document from line 1, its one stray I- tag far down."""
    wojood = wojood_sample / "train.txt"
    summary = import_paths(project, [wojood])
    assert summary.warnings == [f"{wojood}:12377: an I- tag without a B- before it was read "
                                "as the start of a span"]
    assert " I-" in wojood.read_text(encoding="utf-8").split("\n")[12_376]
