"""Merging annotators' files: matched by text, kept per annotator, idempotent, refusals,
one transaction (a SIGKILL half-way leaves the team project as it was)."""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys

import pytest

from annotator.core.model import Label
from annotator.core.store import Project
from annotator.team import demo
from annotator.team.assign import hand_out
from annotator.team.merge import merge_files


def dump(path):
    """Everything a merge may change, read through a connection of its own."""
    with Project(path) as p:
        return (
            p.conn.execute("SELECT sha256, text FROM documents ORDER BY sha256").fetchall(),
            p.conn.execute("SELECT d.sha256, s.start, s.end, s.label, s.annotator, s.attributes "
                           "FROM spans s JOIN documents d ON d.id = s.doc_id "
                           "ORDER BY 1, 2, 3, 4, 5").fetchall(),
            p.conn.execute("SELECT r.type, r.annotator, h.start, t.start FROM relations r "
                           "JOIN spans h ON h.id = r.head JOIN spans t ON t.id = r.tail "
                           "ORDER BY 1, 2, 3, 4").fetchall(),
            p.conn.execute("SELECT d.sha256, t.annotator, t.status FROM statuses t "
                           "JOIN documents d ON d.id = t.doc_id ORDER BY 1, 2").fetchall())


@pytest.fixture
def handed_out(tmp_path):
    team = Project(tmp_path / "team.annotator")
    for text in demo.texts(12, seed=2):
        team.documents.add(text)
    team.spans.add(1, 0, 4, "PER", annotator="gold")
    hand_out(team, ["mona", "ali"], tmp_path / "out", overlap=0.5, seed=1)
    team.close()
    files = [tmp_path / "out" / "mona.annotator", tmp_path / "out" / "ali.annotator"]
    for path in files:
        name = path.stem
        with Project(path) as p:
            for doc in p.documents.iter():
                spans = [p.spans.add(doc.id, s, e, lab, annotator=name,
                                    attributes={"confidence": "high"} if lab == "PER" else None)
                         for s, e, lab in demo.annotator_spans(doc.text, doc.sha256, name)]
                quote = p.spans.add(doc.id, 0, 3, "QUOTE", annotator=name)
                if spans:
                    p.spans.add_relation(doc.id, quote.id, spans[0].id, "said_by", annotator=name)
                p.statuses.set(doc.id, name, "done" if doc.id % 3 else "in_progress")
    return tmp_path / "team.annotator", files


def test_merge_keeps_everything_per_annotator_and_twice_changes_nothing(handed_out):
    team_path, files = handed_out
    with Project(team_path) as team:
        reports = merge_files(team, files)
    assert [r.refused for r in reports] == ["", ""]
    assert all(r.new_documents == 0 and r.spans_added > 0 and r.links_added > 0
               for r in reports)
    after = dump(team_path)
    docs, spans, links, statuses = after
    assert len(docs) == 12
    for path in files:
        with Project(path) as p:
            mine = sorted((d.sha256, s.start, s.end, s.label, s.annotator)
                          for d in p.documents.iter() for s in p.spans.of(d.id))
        assert sorted(x[:5] for x in spans if x[4] == path.stem) == mine
    assert any(x[4] == "gold" for x in spans)  # the team's own work is untouched
    assert {x[0] for x in links} == {"said_by"}
    assert {(s[1], s[2]) for s in statuses} >= {("mona", "done"), ("ali", "in_progress")}
    with Project(team_path) as team:
        again = merge_files(team, files)
    assert not any(r.changed for r in again) and all(r.spans_present for r in again)
    assert dump(team_path) == after


def test_newer_work_comes_in_and_new_documents_are_added(handed_out, tmp_path):
    team_path, files = handed_out
    with Project(team_path) as team:
        merge_files(team, files[:1])
    with Project(files[0]) as p:
        p.documents.add("نص جديد لم يكن في المشروع")
        p.documents.update(1, meta={"source_checked": "no"}, note="المصدر غير واضح")
        p.spans.add(1, 5, 9, "LOC", annotator="mona")
        p.conn.execute("UPDATE statuses SET status = 'done', updated_at = '2999-01-01' "
                       "WHERE annotator = 'mona'")
        sha1 = p.documents.get(1).sha256
    with Project(team_path) as team:
        (report,) = merge_files(team, files[:1])
        assert report.new_documents == 1 and report.spans_added == 1
        assert team.documents.has_text("نص جديد لم يكن في المشروع")
        doc = team.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha1,)).fetchone()[0]
        assert team.statuses.get(doc, "mona").value == "done"
        assert team.documents.get(doc).meta["source_checked"] == "no"
        assert team.documents.get(doc).note == "المصدر غير واضح"
        assert report.notes_added == 1
        (again,) = merge_files(team, files[:1])
        assert not again.changed and team.documents.get(doc).note == "المصدر غير واضح"


def test_a_scheme_that_does_not_fit_is_refused_and_a_fitting_one_merged(handed_out, tmp_path):
    team_path, files = handed_out
    odd = Project(tmp_path / "odd.annotator")
    odd.documents.add("نص آخر")
    odd.labels.ensure("EVENT")
    odd.spans.add(1, 0, 2, "EVENT", annotator="sara")
    odd.close()
    moved = Project(tmp_path / "moved.annotator")
    moved.documents.add("نص ثالث")
    scheme = moved.labels.scheme()
    scheme.labels = [Label(lab.name, "claim" if lab.name == "PER" else lab.layer, lab.color,
                           lab.hotkey) for lab in scheme.labels]
    moved.labels.write(scheme)
    moved.spans.add(1, 0, 2, "PER", annotator="sara")
    moved.close()
    fitting = Project(tmp_path / "fitting.annotator")  # fewer labels, all of them ours
    scheme = fitting.labels.scheme()
    scheme.labels = [lab for lab in scheme.labels if lab.name in ("PER", "LOC")]
    fitting.labels.write(scheme)
    fitting.documents.add("نص رابع")
    fitting.spans.add(1, 0, 2, "LOC", annotator="sara")
    fitting.close()
    (tmp_path / "junk.annotator").write_text("not a project")
    before = dump(team_path)
    with Project(team_path) as team:
        reports = merge_files(team, [tmp_path / "odd.annotator", tmp_path / "moved.annotator",
                                     tmp_path / "junk.annotator", tmp_path / "fitting.annotator"])
    assert "label 'EVENT' (layer 'entity')" in reports[0].refused
    assert "in layer 'claim' there but in 'entity' here" in reports[1].refused
    assert "not an annotator project" in reports[2].refused
    assert not reports[3].refused and reports[3].spans_added == 1
    docs, spans, *_ = dump(team_path)
    assert len(docs) == len(before[0]) + 1 and len(spans) == len(before[1]) + 1
    assert reports[0].line().startswith(f"{tmp_path / 'odd.annotator'}: refused: ")


_KILLED_MERGE = """
import sys, time
from annotator.core.store import Project
import annotator.team.merge as mm
mm._BATCH = 2
calls = []
def progress(done, total):
    calls.append(done)
    if calls.count(2) == 2:  # the first file is in, the second has begun: be killed here
        print("ready", flush=True)
        time.sleep(60)
with Project(sys.argv[1]) as team:
    mm.merge_files(team, sys.argv[2:], progress=progress)
"""


def test_sigkill_during_a_merge_leaves_the_team_project_as_it_was(handed_out):
    team_path, files = handed_out
    before = dump(team_path)
    digest = hashlib.sha256(repr(before).encode()).hexdigest()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, "-c", _KILLED_MERGE, str(team_path),
                              *map(str, files)],
                             stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert hashlib.sha256(repr(dump(team_path)).encode()).hexdigest() == digest
    with Project(team_path) as team:  # and the merge still works afterwards
        assert all(r.spans_added for r in merge_files(team, files))
