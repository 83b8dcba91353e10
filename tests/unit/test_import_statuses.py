"""A record's status belongs to the record's own annotator, never the importing user's name
silently: export then import as someone else gives back the same statuses (issue 23)."""
from __future__ import annotations

import getpass
import json

from annotator.cli import main
from annotator.core.model import Status
from annotator.core.store import Project
from annotator.formats.importer import import_paths

TEXT = "قال الرئيس في بغداد إن الوزارة ستعلن النتائج."


def exported(tmp_path, capsys) -> list[dict]:
    src = tmp_path / "a.annotator"
    with Project(src) as p:
        doc, _ = p.documents.add(TEXT)
        p.spans.add(doc, 4, 10, "PER", annotator="ali")
        p.spans.add(doc, 14, 19, "LOC", annotator="ali")
        p.statuses.set(doc, "ali", "done")
    out = tmp_path / "a.jsonl"
    assert main(["export", "--format", "jsonl", "--db", str(src), "--out", str(out)]) == 0
    capsys.readouterr()
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_round_trip_keeps_the_statuses_and_adds_no_annotator(tmp_path, capsys):
    records = exported(tmp_path, capsys)
    assert records[0]["status"] == "done" and records[0]["statuses"] == {"ali": "done"}
    source = tmp_path / "a.jsonl"
    db = tmp_path / "b.annotator"
    # as the command runs it without --annotator: the name falls back to the login name
    assert main(["import", str(source), "--db", str(db)]) == 0
    assert main(["stats", "--json", "--db", str(db)]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert list(stats["status_by_annotator"]) == ["ali"]
    assert getpass.getuser() not in stats["status_by_annotator"]
    again = tmp_path / "b.jsonl"
    assert main(["export", "--format", "jsonl", "--db", str(db), "--out", str(again)]) == 0
    back = [json.loads(line) for line in again.read_text(encoding="utf-8").splitlines()]
    assert [(r["status"], r["statuses"], r["spans"]) for r in back] == \
        [(r["status"], r["statuses"], r["spans"]) for r in records]


def test_a_lone_status_goes_to_the_records_annotator_else_the_importing_one(tmp_path):
    source = tmp_path / "s.jsonl"
    lines = [{"text": TEXT, "status": "done",
              "spans": [{"start": 4, "end": 10, "label": "PER", "annotator": "mona"}]},
             {"text": TEXT + " ثم", "status": "in_progress", "spans": []},
             {"text": TEXT + " و", "status": "done", "statuses": {"sara": "skipped"}}]
    source.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                      encoding="utf-8")
    with Project(tmp_path / "p.annotator") as p:
        summary = import_paths(p, [source], annotator="lead")
        assert not summary.errors
        got = [p.statuses.by_annotator(doc_id) for doc_id in p.documents.ids()]
    assert got == [{"mona": Status.DONE}, {"lead": Status.IN_PROGRESS},
                   {"sara": Status.SKIPPED}]
    # the one that went to the importing annotator is said, never silent
    assert summary.status_for == {"lead": 1}
    assert ("1 status of records naming no annotator recorded for lead (--annotator chooses "
            "the name)") in summary.lines()
