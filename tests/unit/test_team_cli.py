"""`annotator assign`, `merge` and `agreement` from the command line, end to end."""
from __future__ import annotations

import json

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from annotator.cli import main
from annotator.core.store import Project
from annotator.core.text.tokens import tokenize
from annotator.team import demo
from team_reference import reference_values as values  # tests/unit/team_reference.py

NAMES = ["ali", "mona", "sara"]


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def team(tmp_path):
    db = tmp_path / "team.annotator"
    with Project(db) as p:
        for text in demo.texts(15, seed=4):
            p.documents.add(text)
    return db


def annotate(path, name):
    """What an annotator does in their file, through the store."""
    with Project(path) as p:
        for doc in p.documents.iter():
            for s, e, lab in demo.annotator_spans(doc.text, doc.sha256, name, care=0.75):
                p.spans.add(doc.id, s, e, lab, annotator=name)
            p.statuses.set(doc.id, name, "done" if (doc.id + len(name)) % 4 else "in_progress")


def test_assign_merge_agreement_cycle(capsys, tmp_path, team):
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "assign", "--annotators", ",".join(NAMES), "--overlap", "0.6",
                         "--seed", "9", "--out", out_dir, "--db", team)
    assert code == 0, err
    assert "15 documents handed out to 3 annotators, 9 of them to more than one (seed 9)" in out
    files = [out_dir / f"{n}.annotator" for n in NAMES]
    for path, name in zip(files, NAMES):
        annotate(path, name)
    code, out, err = run(capsys, "merge", *files, "--db", team)
    assert code == 0, err
    assert out.splitlines()[-1] == "3 files merged, 0 refused"
    with Project(team) as p:
        snapshot = p.conn.execute("SELECT doc_id, start, end, label, annotator FROM spans "
                                  "ORDER BY 1, 2, 3, 4, 5").fetchall()
    code, out, err = run(capsys, "merge", *files, "--db", team)  # twice: nothing changes
    assert code == 0 and " 0 spans added" in out
    with Project(team) as p:
        assert p.conn.execute("SELECT doc_id, start, end, label, annotator FROM spans "
                              "ORDER BY 1, 2, 3, 4, 5").fetchall() == snapshot

    code, out, err = run(capsys, "agreement", "--json", "--db", team)
    assert code == 0, err
    report = json.loads(out)
    assert report["layer"] == "entity" and report["annotators"] == NAMES
    with Project(team) as p:
        rows = {n: [] for n in NAMES}
        for doc in p.documents.iter():
            done = [n for n in NAMES if p.statuses.get(doc.id, n).value == "done"]
            if len(done) < 2:
                continue
            spans = {n: [(s.start, s.end, s.label) for s in p.spans.of(doc.id)
                         if s.annotator == n and s.layer == "entity"] for n in done}
            edges = [x for n in done for s, e, _ in spans[n] for x in (s, e)]
            count = len(tokenize(doc.text, edges))
            for n in NAMES:
                rows[n] += values(doc.text, spans[n], edges) if n in done else [None] * count
    codes = {v: i for i, v in enumerate(sorted({v for r in rows.values() for v in r} - {None}))}
    data = np.array([[np.nan if v is None else codes[v] for v in rows[n]] for n in NAMES])
    assert report["alpha"] == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"), abs=1e-9)  # full precision
    assert report["documents"] > 0 and len(report["pairs"]) == 3
    for pair in report["pairs"]:
        assert set(pair) >= {"a", "b", "documents", "f1_exact", "f1_overlap", "kappa", "by_label"}
        assert 0 < pair["f1_exact"] <= pair["f1_overlap"] <= 1

    code, out, err = run(capsys, "agreement", "--annotators", "ali,mona", "--layers",
                         "entity,quote", "--json", "--db", team)
    assert code == 0
    both = json.loads(out)
    assert [r["layer"] for r in both] == ["entity", "quote"]
    assert [(p["a"], p["b"]) for p in both[0]["pairs"]] == [("ali", "mona")]
    ali, mona = both[0]["annotators"]
    with Project(team) as p:
        va, vb = [], []
        for doc in p.documents.iter():
            if not all(p.statuses.get(doc.id, n).value == "done" for n in (ali, mona)):
                continue
            sa, sb = ([(s.start, s.end, s.label) for s in p.spans.of(doc.id)
                       if s.annotator == n and s.layer == "entity"] for n in (ali, mona))
            edges = [x for s, e, _ in sa + sb for x in (s, e)]
            va += values(doc.text, sa, edges)
            vb += values(doc.text, sb, edges)
    assert both[0]["pairs"][0]["kappa"] == pytest.approx(cohen_kappa_score(va, vb), abs=1e-9)

    code, out, err = run(capsys, "agreement", "--db", team)
    assert code == 0 and "alpha (all annotators)" in out and "ali / mona" in out


def test_team_commands_fail_in_one_line(capsys, tmp_path, team):
    cases = [
        (("assign", "--annotators", "a,a", "--out", tmp_path / "o", "--db", team), 2, "twice"),
        (("assign", "--annotators", "a,b", "--overlap", "2", "--out", tmp_path / "o",
          "--db", team), 2, "--overlap"),
        (("assign", "--annotators", "a", "--status", "bogus", "--out", tmp_path / "o",
          "--db", team), 2, "unknown status"),
        (("merge", tmp_path / "missing.annotator", "--db", team), 2, "no such file"),
        (("agreement", "--layers", "nope", "--db", team), 2, "unknown layer 'nope'"),
        (("agreement", "--annotators", "zed,ali", "--db", team), 2, "zed"),
        (("agreement", "--db", tmp_path / "none.annotator"), 2, "no such project"),
    ]
    for args, code, words in cases:
        got, out, err = run(capsys, *args)
        assert got == code, (args, err)
        assert words in err and len(err.strip().splitlines()) == 1, err
    junk = tmp_path / "junk.annotator"
    junk.write_text("hello")
    code, out, err = run(capsys, "merge", junk, "--db", team)
    assert code == 1 and err.strip() == f"{junk}: refused: not an annotator project " \
                                        "(not a SQLite database)"
    assert "0 files merged, 1 refused" in out
