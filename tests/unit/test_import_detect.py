"""Import by content and by --format, and the command-line slips of issue 9 item 5."""
import json

from annotator.cli import main
from annotator.core.store import Project
from annotator.formats.registry import looks_like_conll

CONLL_TXT = "قال O\nرئيس B-PER\nجامعة B-ORG\nحلب I-ORG B-GPE\n. O\n\nوأضاف O\n"
# A plain article with very short lines, some of one or two words: prose, never CoNLL.
ARTICLE = ("عاجل\nبغداد O\nقال الوزير\nإن الوضع مستقر\nO\nالمصدر: وكالات\n"
           "B-PER جاء\n")


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_conll_in_a_txt_file_is_read_as_conll_and_the_summary_says_so(capsys, tmp_path):
    src = tmp_path / "train.txt"
    src.write_text(CONLL_TXT, encoding="utf-8")
    db = tmp_path / "p.annotator"
    code, _, err = run(capsys, "import", src, "--db", db)
    assert code == 0
    assert f"{src}: read as CoNLL" in err and "read as: conll 1 file" in err
    with Project(db) as p:
        assert p.spans.count() == 3
        assert p.documents.text(p.documents.ids()[0]) == "قال رئيس جامعة حلب .\nوأضاف"


def test_plain_arabic_article_with_short_lines_stays_text(capsys, tmp_path):
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert not looks_like_conll(src)
    db = tmp_path / "p.annotator"
    code, _, err = run(capsys, "import", src, "--db", db)
    assert code == 0 and "read as: txt 1 file" in err and "CoNLL" not in err
    with Project(db) as p:
        assert p.documents.text(p.documents.ids()[0]) == ARTICLE and p.spans.count() == 0


def test_short_article_of_word_pairs_is_not_conll(tmp_path):
    src = tmp_path / "two.txt"
    src.write_text("مرحبا بكم\nأهلا وسهلا\n", encoding="utf-8")
    assert not looks_like_conll(src)
    src.write_text("بغداد O\n", encoding="utf-8")  # one untagged line: too little to say
    assert not looks_like_conll(src)


def test_format_forces_a_reader(capsys, tmp_path):
    src = tmp_path / "data.bio"
    src.write_text(json.dumps({"text": "زار بغداد", "label": [[4, 9, "LOC"]]},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "p.annotator"
    code, _, err = run(capsys, "import", src, "--db", db, "--format", "doccano")
    assert code == 0 and "read as: doccano 1 file" in err
    # the CoNLL text forced to be plain text is one document with no spans
    conll = tmp_path / "c.conll"
    conll.write_text(CONLL_TXT, encoding="utf-8")
    code, _, err = run(capsys, "import", conll, "--db", db, "--format", "txt")
    assert code == 0 and "read as: txt 1 file" in err
    with Project(db) as p:
        assert p.documents.count() == 2 and p.spans.count() == 1
        assert CONLL_TXT in [p.documents.text(i) for i in p.documents.ids()]


def test_unknown_format_is_a_usage_error(capsys, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("نص", encoding="utf-8")
    try:
        main(["import", str(src), "--format", "pdf", "--db", str(tmp_path / "p.annotator")])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("argparse accepted an unknown --format")


def test_missing_input_file_is_exit_2_without_a_line_number(capsys, tmp_path):
    db = tmp_path / "p.annotator"
    missing = tmp_path / "nope.txt"
    code, _, err = run(capsys, "import", missing, "--db", db)
    assert code == 2
    assert f"{missing}: no such file or folder" in err and ":1:" not in err
    assert not db.exists()  # a typo creates no project


def test_new_project_is_announced(capsys, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("نص قصير", encoding="utf-8")
    db = tmp_path / "new.annotator"
    code, _, err = run(capsys, "import", src, "--db", db)
    assert code == 0 and f"created a new project: {db}" in err
    code, _, err = run(capsys, "import", src, "--db", db)
    assert "created a new project" not in err


def test_empty_folder_and_blank_jsonl_say_nothing_was_found(capsys, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n\n", encoding="utf-8")
    db = tmp_path / "p.annotator"
    code, _, err = run(capsys, "import", empty, "--db", db)
    assert code == 1 and f"{empty}: no files to import found" in err
    code, _, err = run(capsys, "import", blank, "--db", db)
    assert code == 1 and f"{blank}: nothing to import found" in err


def test_unknown_label_in_export_is_exit_2(capsys, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("نص قصير", encoding="utf-8")
    db = tmp_path / "p.annotator"
    run(capsys, "import", src, "--db", db)
    code, out, err = run(capsys, "export", "--format", "conll", "--db", db, "--labels", "NOPE")
    assert code == 2 and "unknown label(s): NOPE" in err and out == ""
