"""Relations and span attributes go out in every format that can carry them, and a format
that cannot says how many it left out (issue 9 item 4)."""
import json

import pytest

from annotator.cli import main
from annotator.core.store import Project

TEXT = "قال الوزير في بغداد: «الوضع مستقر»."


def at(sub):
    start = TEXT.index(sub)
    return start, start + len(sub)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.annotator"
    with Project(path) as p:
        doc, _ = p.documents.add(TEXT)
        per = p.spans.add(doc, *at("الوزير"), "PER", attributes={"certainty": "high"})
        p.spans.add(doc, *at("بغداد"), "LOC")
        quote = p.spans.add(doc, *at("الوضع مستقر"), "QUOTE")
        claim = p.spans.add(doc, *at("الوضع مستقر"), "CLAIM", attributes={"checked": True})
        p.spans.add_relation(doc, quote.id, per.id, "said_by")
        p.spans.add_relation(doc, claim.id, per.id, "claimed_by")
    return path


def links(path):
    with Project(path) as p:
        doc = p.documents.ids()[0]
        spans = {s.id: s for s in p.spans.of(doc)}
        return sorted((TEXT[spans[r.head].start:spans[r.head].end], spans[r.head].label,
                       spans[r.tail].label, r.type) for r in p.spans.relations(doc))


def round_trip(tmp_path, db, fmt, suffix, capsys):
    out = tmp_path / f"out{suffix}"
    assert main(["export", "--format", fmt, "--db", str(db), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    again = tmp_path / f"{fmt}.annotator"
    assert main(["import", str(out), "--db", str(again)]) == 0, capsys.readouterr().err
    return out, err, again


@pytest.mark.parametrize("fmt,suffix", [("labelstudio", ".json"), ("doccano", ".jsonl"),
                                        ("jsonl", ".jsonl")])
def test_relations_round_trip(tmp_path, db, capsys, fmt, suffix):
    out, err, again = round_trip(tmp_path, db, fmt, suffix, capsys)
    assert links(again) == links(db) == [
        ("الوضع مستقر", "CLAIM", "PER", "claimed_by"), ("الوضع مستقر", "QUOTE", "PER", "said_by")]
    assert "relations left out" not in err


def test_label_studio_relation_results(tmp_path, db, capsys):
    out, err, _ = round_trip(tmp_path, db, "labelstudio", ".json", capsys)
    results = json.loads(out.read_text(encoding="utf-8"))[0]["annotations"][0]["result"]
    rel = [r for r in results if r["type"] == "relation"]
    region = {r["id"]: r["value"]["labels"][0] for r in results if r["type"] == "labels"}
    assert sorted((region[r["from_id"]], region[r["to_id"]], r["labels"][0]) for r in rel) == \
        [("CLAIM", "PER", "claimed_by"), ("QUOTE", "PER", "said_by")]
    assert "2 span attributes left out: labelstudio cannot carry them" in err


def test_doccano_relation_shape(tmp_path, db, capsys):
    out, err, _ = round_trip(tmp_path, db, "doccano", ".jsonl", capsys)
    obj = json.loads(out.read_text(encoding="utf-8"))
    assert "label" not in obj and len(obj["entities"]) == 4 and len(obj["relations"]) == 2
    ids = {e["id"]: e["label"] for e in obj["entities"]}
    assert {(ids[r["from_id"]], r["type"]) for r in obj["relations"]} == \
        {("QUOTE", "said_by"), ("CLAIM", "claimed_by")}
    assert "2 span attributes left out: doccano cannot carry them" in err


@pytest.mark.parametrize("fmt", ["conll", "spacy", "hf"])
def test_formats_without_links_count_what_they_leave_out(tmp_path, db, capsys, fmt):
    assert main(["export", "--format", fmt, "--db", str(db), "--out",
                 str(tmp_path / "x.out")]) == 0
    err = capsys.readouterr().err
    if fmt == "hf":  # only the entity layer goes out: the links to quote/claim go with it
        assert "2 spans left out: layer not chosen" in err
        assert "1 span attributes left out: hf cannot carry them" in err
        assert "relations left out" not in err
    else:
        assert f"2 relations left out: {fmt} cannot carry them" in err
        assert f"2 span attributes left out: {fmt} cannot carry them" in err


def test_filters_narrow_the_count(tmp_path, db, capsys):
    assert main(["export", "--format", "conll", "--db", str(db), "--labels", "PER,LOC",
                 "--out", str(tmp_path / "x.conll")]) == 0
    err = capsys.readouterr().err
    assert "relations left out" not in err
    assert "1 span attributes left out: conll cannot carry them" in err
