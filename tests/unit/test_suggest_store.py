"""The suggestions part of the store: stored, accepted (origin recorded), rejected for good."""
import sqlite3

from annotator.core.store import Project
from annotator.core.store.suggestions import NewLink
from annotator.suggest.base import ProposedSpan

TEXT = "وقال أحمد سعيد: «سنبدأ العمل غدا»."


def proposals():
    return [ProposedSpan(17, 32, "QUOTE", "quote", 0.9, "quotes", {"kind": "direct"}),
            ProposedSpan(5, 14, "PER", "entity", 0.4, "quotes")]


def stored(project):
    doc, _ = project.documents.add(TEXT)
    ids = project.suggestions.replace(doc, proposals(),
                                      [NewLink(0, "said_by", "quotes", 0.9, tail=1)])
    return doc, ids


def test_accepting_both_ends_makes_spans_with_the_suggesters_origin_and_the_relation(project):
    doc, (quote, speaker) = stored(project)
    span, rels = project.suggestions.accept(speaker, "mona")
    assert (span.origin, span.annotator, rels) == ("quotes", "mona", [])
    qspan, rels = project.suggestions.accept(quote, "mona")
    assert qspan.attributes == {"kind": "direct"}
    assert [(r.head, r.tail, r.type) for r in rels] == [(qspan.id, span.id, "said_by")]
    # seen from a second connection: committed, origin kept
    other = sqlite3.connect(project.path)
    assert sorted(other.execute("SELECT label, origin FROM spans")) == [("PER", "quotes"),
                                                                        ("QUOTE", "quotes")]
    assert other.execute("SELECT count(*) FROM relations").fetchone()[0] == 1
    assert project.suggestions.for_document(doc) == []


def test_undoing_an_accept_removes_the_span_and_reopens_the_suggestion(project):
    doc, (quote, _) = stored(project)
    span, _ = project.suggestions.accept(quote)
    project.suggestions.unaccept(quote)
    assert project.spans.count(doc) == 0
    assert sorted(s.id for s in project.suggestions.for_document(doc)) == [1, 2]


def test_a_rejected_suggestion_never_comes_back_for_that_document(project):
    doc, (quote, speaker) = stored(project)
    project.suggestions.reject(quote)
    assert [s.id for s in project.suggestions.for_document(doc)] == [speaker]
    again = project.suggestions.replace(doc, proposals(), origins=["quotes"])
    assert again[0] is None  # the rejected quote is not stored again
    assert [s.label for s in project.suggestions.for_document(doc)] == ["PER"]
    project.suggestions.reopen(quote)  # undo of the reject
    assert {s.label for s in project.suggestions.for_document(doc)} == {"PER", "QUOTE"}


def test_a_proposal_equal_to_a_stored_span_is_not_stored_and_links_go_to_the_span(project):
    doc, _ = project.documents.add(TEXT)
    per = project.spans.add(doc, 5, 14, "PER")
    ids = project.suggestions.replace(doc, proposals(),
                                      [NewLink(0, "said_by", "quotes", 0.9, tail=1)])
    assert ids[1] is None
    (link,) = project.suggestions.links(doc)
    assert link.tail_span == per.id
    _, rels = project.suggestions.accept(ids[0])
    assert [(r.tail, r.type) for r in rels] == [(per.id, "said_by")]


def test_a_new_run_replaces_the_open_suggestions_of_its_suggester_only(project):
    doc, _ = stored(project)
    project.suggestions.replace(doc, [ProposedSpan(5, 14, "ORG", "entity", 0.5, "names")])
    project.suggestions.replace(doc, [ProposedSpan(0, 4, "MISC", "entity", 0.5, "quotes")])
    assert sorted(s.label for s in project.suggestions.for_document(doc)) == ["MISC", "ORG"]


def test_suggestions_follow_a_label_rename_and_survive_reopening(tmp_path):
    path = tmp_path / "p.annotator"
    with Project(path) as project:
        doc, _ = stored(project)
        project.labels.rename("PER", "PERSON")
        project.models.save("entity-crf", b"\x00model", 3, {"f1": 0.5})
    with Project(path) as project:
        assert {s.label for s in project.suggestions.for_document(doc)} == {"QUOTE", "PERSON"}
        model = project.models.load("entity-crf")
        assert (model.data, model.documents, model.info) == (b"\x00model", 3, {"f1": 0.5})


def test_a_version_3_project_gains_the_suggestion_tables(tmp_path):
    path = tmp_path / "old.annotator"
    with Project(path) as project:
        doc, _ = project.documents.add(TEXT)
    conn = sqlite3.connect(path)
    conn.executescript("DROP TRIGGER labels_renamed_suggestions; DROP TABLE suggestion_links; "
                       "DROP TABLE suggestions; DROP TABLE models; PRAGMA user_version = 3;")
    conn.close()
    with Project(path) as project:
        from annotator.core.store.schema import SCHEMA_VERSION  # (later versions follow)
        assert project.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        ids = project.suggestions.replace(doc, proposals())
        assert len([i for i in ids if i]) == 2 and project.documents.text(doc) == TEXT
