"""train, suggest and evaluate end to end on a small corpus, scores checked by hand."""
import json

import pytest

from annotator.cli import main
from annotator.core.store import Project

DONE = [("زار الوزير بغداد ثم البصرة أمس.", [(11, 16, "LOC"), (20, 26, "LOC")]),
        ("اجتمع الوفد في البصرة مع محافظها.", [(15, 21, "LOC")]),
        ("قال أحمد سعيد إن بغداد آمنة.", [(4, 13, "PER"), (17, 22, "LOC")])]
NEW = ("وصل أحمد سعيد إلى بغداد وعاد من البصرة ثم الموصل.",
       [(4, 13, "PER"), (18, 23, "LOC"), (32, 38, "LOC"), (42, 48, "LOC")])


def build(path, with_new_spans: bool):
    with Project(path) as p:
        for text, spans in DONE:
            doc, _ = p.documents.add(text)
            for s, e, lab in spans:
                p.spans.add(doc, s, e, lab)
            p.statuses.set(doc, "ali", "done")
        doc, _ = p.documents.add(NEW[0])
        if with_new_spans:
            for s, e, lab in NEW[1]:
                p.spans.add(doc, s, e, lab)


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_train_suggest_evaluate(tmp_path, capsys):
    gold, system = tmp_path / "gold.annotator", tmp_path / "sys.annotator"
    build(gold, True)
    build(system, False)
    assert NEW[0][18:23] == "بغداد" and NEW[0][32:38] == "البصرة"

    code, out, err = run(capsys, "train", "--db", system, "--folds", "3")
    assert code == 0, err
    assert out.startswith("trained on 3 done documents (3 sentences)")
    assert "cross-validated (3 folds, exact spans):" in out
    with Project(system) as p:
        assert p.models.load("entity-crf").documents == 3

    code, out, err = run(capsys, "suggest", "--db", system, "--with", "names",
                         "--status", "new")
    assert code == 0, err
    # أحمد سعيد, بغداد, البصرة are known names; الموصل was never marked
    assert out.startswith("1 documents, 3 suggestions stored (names 3)")
    with Project(system) as p:
        assert p.spans.count() == 5  # suggestions are not spans
        assert [s.origin for s in p.suggestions.for_document(4)] == ["names"] * 3

    code, out, err = run(capsys, "suggest", "--db", system, "--with", "names",
                         "--status", "new", "--accept", "--annotator", "mona")
    assert code == 0 and out.startswith("1 documents, 3 spans accepted (names 3)")

    # by hand: gold 5 + 4 spans, system 5 + 3, all 8 system spans right
    # PER: 2/2 predicted right, gold 2 -> P 1, R 1; LOC: 6 right of 6, gold 7 -> R 6/7
    code, out, err = run(capsys, "evaluate", "--db", system, "--gold", gold, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert (result["layer"], result["documents"]) == ("entity", 4)
    # full precision (docs/cli.md): rounding is for the printed table only
    assert result["precision"] == 1.0 and result["recall"] == 8 / 9
    assert result["f1"] == pytest.approx(2 * 8 / 9 / (1 + 8 / 9), rel=1e-12)
    assert result["by_label"]["LOC"] == {"precision": 1.0, "recall": 6 / 7,
                                         "f1": pytest.approx(12 / 13, rel=1e-12), "support": 7}
    code, out, err = run(capsys, "evaluate", "--db", system, "--gold", gold)
    lines = out.splitlines()
    assert lines[0] == "layer entity: 4 shared documents"
    assert lines[-2].split() == ["all", "1.000", "0.889", "0.941", "9", "1.000", "0.889",
                                 "0.941"]


def test_usage_errors_end_in_one_line_and_exit_2(tmp_path, capsys):
    db = tmp_path / "p.annotator"
    build(db, False)
    code, out, err = run(capsys, "suggest", "--db", db, "--with", "model")
    assert code == 2 and err.strip() == ("annotator: no model trained yet: run "
                                         "`annotator train` first")
    code, out, err = run(capsys, "suggest", "--db", db, "--with", "magic")
    assert code == 2 and "unknown suggester 'magic'" in err
    code, out, err = run(capsys, "evaluate", "--db", db, "--gold", tmp_path / "none.annotator")
    assert code == 2 and err.count("\n") == 1 and "no such project" in err
    code, out, err = run(capsys, "evaluate", "--db", db, "--gold", db, "--layers", "nope")
    assert code == 2 and "unknown layer 'nope'" in err
    empty = tmp_path / "empty.annotator"
    Project(empty).close()
    code, out, err = run(capsys, "train", "--db", empty)
    assert code == 1 and err.strip().startswith("train: no done documents")
