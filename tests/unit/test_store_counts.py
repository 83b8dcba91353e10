"""Span counts kept by triggers (stats, label usage) always equal a count over the spans,
whatever changed them: adds, edits, deletes, label renames and removals, documents removed,
and the upgrade of a project that had no counts."""
import sqlite3

from annotator.core.store import Project

TEXT = "قال الرئيس في بغداد إن الوزير وصل إلى القاهرة صباح اليوم."


def counted(project):
    return project.search.stats()["spans_by_label"], project.search.stats()["spans_by_annotator"]


def scanned(project):
    by_label = dict(project.conn.execute(
        "SELECT label, count(*) FROM spans GROUP BY label ORDER BY label"))
    by_annotator = dict(project.conn.execute(
        "SELECT annotator, count(*) FROM spans GROUP BY annotator ORDER BY annotator"))
    return by_label, by_annotator


def agree(project):
    assert counted(project) == scanned(project)
    assert project.labels.usage() == scanned(project)[0]
    for name in project.labels.names():
        assert project.labels.span_count(name) == scanned(project)[0].get(name, 0)


def test_counts_follow_every_kind_of_change(project):
    doc, _ = project.documents.add(TEXT)
    other, _ = project.documents.add(TEXT + " ثم غادر.")
    a = project.spans.add(doc, 4, 10, "PER", annotator="mona")
    project.spans.add(doc, 14, 19, "LOC", annotator="ali")
    project.spans.add(other, 14, 19, "LOC", annotator="mona")
    project.spans.add(other, 38, 45, "LOC", annotator="mona")
    agree(project)
    assert counted(project)[0] == {"LOC": 3, "PER": 1}
    project.spans.update(a.id, label="ORG")
    agree(project)
    span, rels = project.spans.delete(a.id)
    agree(project)
    project.spans.restore(span, rels)
    agree(project)
    project.labels.rename("LOC", "PLACE")        # reaches the spans by ON UPDATE CASCADE
    agree(project)
    assert counted(project)[0] == {"ORG": 1, "PLACE": 3}
    project.documents.remove(other)               # its spans go by ON DELETE CASCADE
    agree(project)
    project.labels.remove("PLACE", force=True)
    agree(project)
    assert counted(project) == ({"ORG": 1}, {"mona": 1})


def test_a_project_from_before_the_counts_is_counted_on_upgrade(tmp_path):
    path = tmp_path / "old.annotator"
    with Project(path) as project:
        doc, _ = project.documents.add(TEXT)
        project.spans.add(doc, 4, 10, "PER", annotator="mona")
        project.spans.add(doc, 14, 19, "LOC")
        want = scanned(project)
    conn = sqlite3.connect(path)  # as version 6 left it: no counts, no triggers
    conn.executescript("DROP TRIGGER spans_counted; DROP TRIGGER spans_uncounted; "
                       "DROP TRIGGER spans_recounted; DROP TABLE span_counts; "
                       "DROP INDEX statuses_doc_status; DROP INDEX statuses_annotator; "
                       "DROP INDEX documents_order; "
                       "DROP INDEX documents_title; PRAGMA user_version = 6;")
    conn.close()
    with Project(path) as project:
        assert counted(project) == want
        project.spans.add(doc, 38, 45, "LOC")
        agree(project)


def test_counts_and_stale_depths_hold_under_any_conflict_clause(project):
    """The triggers use upserts, which keep their DO clause whatever conflict clause the
    outer statement carries (another tool may write INSERT OR REPLACE, UPDATE OR IGNORE)."""
    doc, _ = project.documents.add(TEXT)
    conn = project.conn
    row = "(doc_id, start, end, label, annotator, created_at) VALUES (?, ?, ?, ?, 'x', 'now')"
    for clause in ("", "OR REPLACE", "OR IGNORE", "OR ABORT", "OR FAIL", "OR ROLLBACK"):
        with project.transaction():
            conn.execute(f"INSERT {clause} INTO spans {row}", (doc, 4, 10, "PER"))
            conn.execute(f"UPDATE {clause} spans SET label = 'LOC' WHERE start = 4")
        agree(project)
        assert conn.execute("SELECT count(*) FROM depths_stale WHERE doc_id = ?",
                            (doc,)).fetchone()[0] <= 1
    project.layouts.refresh_depths()
    assert conn.execute("SELECT count(*) FROM depths_stale").fetchone()[0] == 0


def test_an_import_counts_its_spans_once_and_leaves_the_triggers_as_they_were(tmp_path):
    """Import drops the span insert triggers for its batch and does their work at its end:
    the counts, the nesting depths and the triggers come out as if each span had fired them,
    a refused file's spans counted nowhere."""
    import json
    from annotator.formats.importer import import_paths
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    rec = {"text": TEXT, "spans": [{"start": 4, "end": 10, "label": "PER"},
                                   {"start": 4, "end": 19, "label": "ORG"},
                                   {"start": 14, "end": 19, "label": "LOC", "annotator": "ali"}]}
    good.write_text(json.dumps(rec, ensure_ascii=False) + "\n" + json.dumps(
        {**rec, "text": TEXT + " ثم"}, ensure_ascii=False) + "\n", encoding="utf-8")
    bad.write_text(json.dumps({**rec, "text": TEXT + " أمس", "spans": [
        {"start": 0, "end": 3, "label": "PER"}, {"start": 0, "end": 999, "label": "PER"}]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    with Project(tmp_path / "p.annotator") as project:
        before = project.conn.execute(triggers).fetchall()
        summary = import_paths(project, [bad, good], annotator="mona")
        assert summary.documents == 2 and summary.refused_files == [str(bad)]
        assert project.conn.execute(triggers).fetchall() == before
        agree(project)
        assert counted(project)[0] == {"PER": 2, "ORG": 2, "LOC": 2}
        assert project.conn.execute("SELECT count(*) FROM depths_stale").fetchone()[0] == 0
        assert project.layouts.layer_depths() == {"entity": 2}
        doc = project.documents.ids()[0]
        project.spans.add(doc, 38, 45, "LOC")  # the triggers work again
        agree(project)
