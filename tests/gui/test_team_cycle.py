"""The whole cycle: hand out to three annotators, annotate each file through the store, merge
(twice: nothing changes), agreement against the reference libraries, adjudicate in the GUI by
keyboard, export the gold."""
from __future__ import annotations

import json
import sqlite3

import krippendorff
import numpy as np
import pytest
from PySide6.QtCore import Qt
from sklearn.metrics import cohen_kappa_score

from annotator.cli import main
from annotator.core.store import Project
from annotator.core.text.tokens import tokenize
from annotator.gui.main_window import MainWindow
from annotator.team import demo

NAMES = ["ali", "mona", "sara"]


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def values(text, spans, edges):
    out = []
    for tok in tokenize(text, edges):
        cover = [(s, -e, lab) for s, e, lab in spans if s <= tok.start and tok.end <= e]
        out.append(min(cover)[2] if cover else "O")
    return out


def all_rows(path):
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT doc_id, start, end, label, annotator FROM spans "
                            "ORDER BY 1, 2, 3, 4, 5").fetchall()
    finally:
        conn.close()


def test_hand_out_annotate_merge_measure_curate_export(capsys, qtbot, tmp_path):
    team = tmp_path / "team.annotator"
    with Project(team) as p:
        for text in demo.texts(8, seed=21, paragraphs=(1, 1)):
            p.documents.add(text)
    cli(capsys, "assign", "--annotators", ",".join(NAMES), "--overlap", "0.75",
        "--per-doc", "3", "--seed", "4", "--out", tmp_path / "out", "--db", team)
    files = [tmp_path / "out" / f"{n}.annotator" for n in NAMES]
    for path, name in zip(files, NAMES):  # each annotator at work in their own file
        with Project(path) as p:
            for doc in p.documents.iter():
                for s, e, lab in demo.annotator_spans(doc.text, doc.sha256, name, care=0.8):
                    p.spans.add(doc.id, s, e, lab, annotator=name)
                p.statuses.set(doc.id, name, "done")

    cli(capsys, "merge", *files, "--db", team)
    merged = all_rows(team)
    assert "0 spans added" in cli(capsys, "merge", *files, "--db", team)
    assert all_rows(team) == merged

    report = json.loads(cli(capsys, "agreement", "--json", "--db", team))
    rows = {n: [] for n in NAMES}
    pair_values = {}
    with Project(team) as p:
        for doc in p.documents.iter():
            done = [n for n in NAMES if p.statuses.get(doc.id, n).value == "done"]
            spans = {n: [(s.start, s.end, s.label) for s in p.spans.of(doc.id)
                         if s.annotator == n and s.layer == "entity"] for n in done}
            if len(done) < 2:
                continue
            edges = [x for n in done for s, e, _ in spans[n] for x in (s, e)]
            for n in NAMES:
                rows[n] += (values(doc.text, spans[n], edges) if n in done
                            else [None] * len(tokenize(doc.text, edges)))
            for a, b in [(x, y) for i, x in enumerate(done) for y in done[i + 1:]]:
                pe = [x for n in (a, b) for s, e, _ in spans[n] for x in (s, e)]
                va, vb = pair_values.setdefault((a, b), ([], []))
                va += values(doc.text, spans[a], pe)
                vb += values(doc.text, spans[b], pe)
    codes = {v: i for i, v in enumerate(sorted({v for r in rows.values() for v in r} - {None}))}
    data = np.array([[np.nan if v is None else codes[v] for v in rows[n]] for n in NAMES])
    assert report["alpha"] == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"), abs=1e-4)
    for pair in report["pairs"]:
        va, vb = pair_values[(pair["a"], pair["b"])]
        assert pair["kappa"] == pytest.approx(cohen_kappa_score(va, vb), abs=1e-4)

    # Adjudication in the GUI, by keyboard only.
    project = Project(team)
    window = MainWindow(project, "lead")
    qtbot.addWidget(window)
    window.show()
    view = window.team.open_curation()
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.isActiveWindow)
    assert window.documents.columnCount() == 4  # the agreement column is shown
    for _ in view.queue:  # back to the start of the queue: the worst document
        qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    first = view.doc_id
    assert first == view.queue[0]
    agreed = [c for c in view.model.curation.candidates if c.kind.value == "agreed"]
    key = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view.table, Qt.Key.Key_G, key)               # all everyone agrees on
    disputed = next(c for c in view.model.curation.candidates if c.gold is None)
    view.select_row(view.model.row_of(disputed.key))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)               # and one more, chosen
    qtbot.keyClick(view.table, Qt.Key.Key_Return, key)          # gold done, next document
    assert view.doc_id != first
    qtbot.keyClick(view.table, Qt.Key.Key_1, key)               # all of ali's
    second = view.doc_id
    ali = {c.key for c in view.model.curation.candidates if "ali" in c.spans}
    view.close()

    conn = sqlite3.connect(str(team))
    gold = {(d, s, e, lab) for d, s, e, lab in conn.execute(
        "SELECT doc_id, start, end, label FROM spans WHERE annotator = 'gold'")}
    assert gold == ({(first, *c.key) for c in agreed} | {(first, *disputed.key)}
                    | {(second, *k) for k in ali})
    assert conn.execute("SELECT status FROM statuses WHERE annotator = 'gold' AND doc_id = ?",
                        (first,)).fetchone() == ("done",)
    conn.close()

    out = cli(capsys, "export", "--format", "jsonl", "--annotator", "gold", "--db", team)
    exported = {(r["id"], s["start"], s["end"], s["label"])
                for r in map(json.loads, out.splitlines()) for s in r["spans"]}
    assert {x[1:] for x in exported} == {x[1:] for x in gold}
    assert {s["annotator"] for r in map(json.loads, out.splitlines()) for s in r["spans"]} \
        == {"gold"}
    window.close()
    project.close()
