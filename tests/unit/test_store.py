import sqlite3

import pytest

from annotator.core.model import Status
from annotator.core.store import Project, ProjectError, SpanError
from annotator.core.store.schema import SCHEMA_VERSION


def test_new_project_has_default_scheme(project):
    scheme = project.scheme()
    assert scheme.layer_names() == ["entity", "quote", "claim"]
    assert [(lab.name, lab.layer) for lab in scheme.labels] == [
        ("PER", "entity"), ("ORG", "entity"), ("LOC", "entity"), ("MISC", "entity"),
        ("QUOTE", "quote"), ("CLAIM", "claim")]
    assert all(lab.color.startswith("#") and lab.hotkey for lab in scheme.labels)
    assert [r.name for r in scheme.relations] == ["said_by", "claimed_by"]


def test_documents_are_stored_exactly_and_deduplicated(project):
    text = "\r\n  قَالَ الرئيـــس 🏥\r\nسطر"
    doc_id, new = project.add_document(text, source="a.txt", meta={"k": "v"})
    assert new
    doc = project.document(doc_id)
    assert doc.text == text
    assert doc.title == "قَالَ الرئيـــس 🏥"
    assert len(doc.sha256) == 64
    assert project.add_document(text) == (doc_id, False)
    assert project.count_documents() == 1


def test_span_validation(project):
    doc_id, _ = project.add_document("وبغداد جميلة")
    span = project.add_span(doc_id, 1, 6, "LOC", annotator="mona")
    assert (span.layer, span.annotator, span.origin.value) == ("entity", "mona", "manual")
    for start, end in [(-1, 2), (3, 3), (5, 4), (0, 13)]:
        with pytest.raises(SpanError, match="outside"):
            project.add_span(doc_id, start, end, "LOC")
    with pytest.raises(SpanError, match="unknown label"):
        project.add_span(doc_id, 0, 1, "NOPE")
    assert project.count_spans(doc_id) == 1


def test_delete_and_restore_keep_id_and_relations(project):
    doc_id, _ = project.add_document("قال أحمد: نعم")
    per = project.add_span(doc_id, 4, 8, "PER")
    quote = project.add_span(doc_id, 10, 13, "QUOTE")
    project.add_relation(doc_id, quote.id, per.id, "said_by")
    gone, rels = project.delete_span(per.id)
    assert project.relations(doc_id) == [] and len(rels) == 1
    project.restore_span(gone, rels)
    assert project.span(per.id) == per
    assert [(r.head, r.tail) for r in project.relations(doc_id)] == [(quote.id, per.id)]


def test_status_per_annotator(project):
    doc_id, _ = project.add_document("نص")
    assert project.status(doc_id) is Status.NEW
    project.set_status(doc_id, "a", "in_progress")
    project.set_status(doc_id, "b", Status.DONE)
    assert project.status(doc_id, "a") is Status.IN_PROGRESS
    assert project.status(doc_id) is Status.DONE
    assert project.stats()["documents_by_status"]["done"] == 1
    with pytest.raises(ValueError, match="unknown status"):
        project.set_status(doc_id, "a", "finished")


def test_search_ignores_tashkeel_tatweel_and_matches_inside_words(project):
    a, _ = project.add_document("قَالَ الرَّئِيسُ في بغداد")
    b, _ = project.add_document("مـــرحبا وبغداد")
    project.add_document("نص آخر")
    assert project.search("قال") == [a]
    assert project.search("الرئيس") == [a]
    assert project.search("مرحبا") == [b]
    assert project.search("بغداد") == [a, b]
    assert project.search("في بغداد") == [a]       # every word, short ones too
    assert project.search('" OR *') == []            # no query syntax leaks through
    assert project.search("   ") == []


def test_labels_met_in_data_are_added(project):
    added = project.ensure_label("GPE")
    assert (added.name, added.layer) == ("GPE", "entity")
    assert added.color not in {lab.color for lab in project.scheme().labels if lab.name != "GPE"}
    assert project.ensure_label("GPE") is None


def test_each_write_is_visible_to_another_connection_at_once(project):
    doc_id, _ = project.add_document("نص")
    project.add_span(doc_id, 0, 2, "PER")
    other = sqlite3.connect(project.path)
    assert other.execute("SELECT count(*) FROM spans").fetchone()[0] == 1
    other.close()


def test_failed_transaction_leaves_nothing(project):
    with pytest.raises(SpanError):
        with project.transaction():
            doc_id, _ = project.add_document("نص جديد")
            project.add_span(doc_id, 0, 99, "PER")
    assert project.count_documents() == 0


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
        doc_id, _ = p.add_document("نص")
        p.add_span(doc_id, 0, 2, "ORG", annotator="x")
    with Project(path) as p:
        assert not p.created
        assert [s.label for s in p.spans(doc_id)] == ["ORG"]
