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
