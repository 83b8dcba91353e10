import sqlite3

import pytest

from annotator.core.model import Status
from annotator.core.store import Project, ProjectError, SpanError
from annotator.core.store.schema import SCHEMA_VERSION


def test_new_project_has_default_scheme(project):
    scheme = project.labels.scheme()
    assert scheme.layer_names() == ["entity", "quote", "claim"]
    assert [(lab.name, lab.layer) for lab in scheme.labels] == [
        ("PER", "entity"), ("ORG", "entity"), ("LOC", "entity"), ("MISC", "entity"),
        ("QUOTE", "quote"), ("CLAIM", "claim")]
    assert all(lab.color.startswith("#") and lab.hotkey for lab in scheme.labels)
    assert [r.name for r in scheme.relations] == ["said_by", "claimed_by"]


def test_documents_are_stored_exactly_and_deduplicated(project):
    text = "\r\n  قَالَ الرئيـــس 🏥\r\nسطر"
    doc_id, new = project.documents.add(text, source="a.txt", meta={"k": "v"})
    assert new
    doc = project.documents.get(doc_id)
    assert doc.text == text
    assert doc.title == "قَالَ الرئيـــس 🏥"
    assert len(doc.sha256) == 64
    assert project.documents.add(text) == (doc_id, False)
    assert project.documents.count() == 1


def test_span_validation(project):
    doc_id, _ = project.documents.add("وبغداد جميلة")
    span = project.spans.add(doc_id, 1, 6, "LOC", annotator="mona")
    assert (span.layer, span.annotator, span.origin.value) == ("entity", "mona", "manual")
    for start, end in [(-1, 2), (3, 3), (5, 4), (0, 13)]:
        with pytest.raises(SpanError, match="outside"):
            project.spans.add(doc_id, start, end, "LOC")
    with pytest.raises(SpanError, match="unknown label"):
        project.spans.add(doc_id, 0, 1, "NOPE")
    assert project.spans.count(doc_id) == 1


def test_delete_and_restore_keep_id_and_relations(project):
    doc_id, _ = project.documents.add("قال أحمد: نعم")
    per = project.spans.add(doc_id, 4, 8, "PER")
    quote = project.spans.add(doc_id, 10, 13, "QUOTE")
    project.spans.add_relation(doc_id, quote.id, per.id, "said_by")
    gone, rels = project.spans.delete(per.id)
    assert project.spans.relations(doc_id) == [] and len(rels) == 1
    project.spans.restore(gone, rels)
    assert project.spans.get(per.id) == per
    assert [(r.head, r.tail) for r in project.spans.relations(doc_id)] == [(quote.id, per.id)]


def test_status_per_annotator(project):
    doc_id, _ = project.documents.add("نص")
    assert project.statuses.get(doc_id) is Status.NEW
    project.statuses.set(doc_id, "a", "in_progress")
    project.statuses.set(doc_id, "b", Status.DONE)
    assert project.statuses.get(doc_id, "a") is Status.IN_PROGRESS
    assert project.statuses.get(doc_id) is Status.DONE
    assert project.search.stats()["documents_by_status"]["done"] == 1
    with pytest.raises(ValueError, match="unknown status"):
        project.statuses.set(doc_id, "a", "finished")


def test_search_ignores_tashkeel_tatweel_and_matches_inside_words(project):
    a, _ = project.documents.add("قَالَ الرَّئِيسُ في بغداد")
    b, _ = project.documents.add("مـــرحبا وبغداد")
    project.documents.add("نص آخر")
    assert project.search.find("قال") == [a]
    assert project.search.find("الرئيس") == [a]
    assert project.search.find("مرحبا") == [b]
    assert project.search.find("بغداد") == [a, b]
    assert project.search.find("في بغداد") == [a]       # every word, short ones too
    assert project.search.find('" OR *') == []            # no query syntax leaks through
    assert project.search.find("   ") == []


def test_labels_met_in_data_are_added(project):
    added = project.labels.ensure("GPE")
    assert (added.name, added.layer) == ("GPE", "entity")
    assert added.color not in {lab.color for lab in project.labels.scheme().labels if lab.name != "GPE"}
    assert project.labels.ensure("GPE") is None


def test_each_write_is_visible_to_another_connection_at_once(project):
    doc_id, _ = project.documents.add("نص")
    project.spans.add(doc_id, 0, 2, "PER")
    other = sqlite3.connect(project.path)
    assert other.execute("SELECT count(*) FROM spans").fetchone()[0] == 1
    other.close()


def test_failed_transaction_leaves_nothing(project):
    with pytest.raises(SpanError):
        with project.transaction():
            doc_id, _ = project.documents.add("نص جديد")
            project.spans.add(doc_id, 0, 99, "PER")
    assert project.documents.count() == 0


def test_not_a_project_is_refused_untouched(tmp_path):
    text_file = tmp_path / "notes.annotator"
    text_file.write_text("hello")
    other_db = tmp_path / "other.db"
    con = sqlite3.connect(other_db)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    for path, reason in [(text_file, "not a SQLite"), (other_db, "another program")]:
        before = path.read_bytes()
        with pytest.raises(ProjectError, match=reason):
            Project(path)
        assert path.read_bytes() == before


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "p.annotator"
    Project(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer version"):
        Project(path)
    assert path.read_bytes() == before


def test_reopen_keeps_everything(tmp_path):
    path = tmp_path / "p.annotator"
    with Project(path) as p:
        doc_id, _ = p.documents.add("نص")
        p.spans.add(doc_id, 0, 2, "ORG", annotator="x")
    with Project(path) as p:
        assert not p.created
        assert [s.label for s in p.spans.of(doc_id)] == ["ORG"]


def test_writes_inside_whole_share_the_enclosing_savepoint(project):
    """An import's file: the parts' own transactions open no savepoint inside whole(), and
    rolling back the file's savepoint takes everything they wrote."""
    doc, _ = project.documents.add("قال أحمد في بغداد")
    statements: list[str] = []
    project.conn.set_trace_callback(statements.append)
    with pytest.raises(RuntimeError):
        with project.transaction.whole():
            pass
    with project.transaction():
        with pytest.raises(SpanError):
            with project.transaction(), project.transaction.whole():
                project.spans.add(doc, 4, 8, "PER")
                project.spans.add_all(doc, [(12, 17, "LOC", "", "imported", {})])
                assert project.spans.count(doc) == 2
                project.spans.add(doc, 0, 999, "PER")  # refused: the block fails
        project.spans.add(doc, 0, 3, "PER")  # savepoints open again outside whole()
    project.conn.set_trace_callback(None)
    savepoints = [s for s in statements if s.startswith("SAVEPOINT")]
    assert savepoints == ["SAVEPOINT sp1", "SAVEPOINT sp1"]
    assert [(s.start, s.end) for s in project.spans.of(doc)] == [(0, 3)]
