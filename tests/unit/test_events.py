"""The store announces every change once, with what changed, after the commit only."""
from __future__ import annotations

import logging

import pytest

from annotator.core.events import Change, Kind
from annotator.core.model import Status
from annotator.core.scheme import load_scheme
from annotator.core.resources import default_scheme_path
from annotator.formats.importer import import_paths

TEXT = "قال الرئيس في بغداد إن الوزارة ستعلن"


@pytest.fixture
def heard(project):
    got: list[Change] = []
    project.events.subscribe(got.append)
    return got


def test_document_added_changed_removed(project, heard):
    doc, new = project.documents.add(TEXT)
    assert new and [(c.kind, c.doc_id) for c in heard] == [(Kind.DOCUMENT_ADDED, doc)]
    project.documents.add(TEXT)  # a duplicate changes nothing
    assert len(heard) == 1
    project.documents.update(doc, title="عنوان", meta={"src": "x"})
    assert [(c.kind, c.field, c.new) for c in heard[1:]] == [
        (Kind.DOCUMENT_CHANGED, "title", "عنوان"), (Kind.DOCUMENT_CHANGED, "meta", {"src": "x"})]
    assert heard[1].old == "قال الرئيس في بغداد إن الوزارة ستعلن"
    project.documents.remove(doc)
    assert heard[-1].kind == Kind.DOCUMENT_REMOVED and heard[-1].old.text == TEXT
    assert project.documents.count() == 0 and project.search.find("بغداد") == []


def test_span_added_changed_removed_carry_old_and_new(project, heard):
    doc, _ = project.documents.add(TEXT)
    heard.clear()
    span = project.spans.add(doc, 4, 10, "PER", annotator="sara")
    moved = project.spans.update(span.id, start=0, label="ORG")
    project.spans.delete(span.id)
    assert [c.kind for c in heard] == [Kind.SPAN_ADDED, Kind.SPAN_CHANGED, Kind.SPAN_REMOVED]
    assert all(c.doc_id == doc and c.span_ids == (span.id,) for c in heard)
    assert heard[0].new == span and heard[0].old is None
    assert (heard[1].old, heard[1].new) == (span, moved)
    assert heard[2].old == moved and heard[2].new is None


def test_relations_announced_and_removed_with_their_span(project, heard):
    doc, _ = project.documents.add(TEXT)
    per = project.spans.add(doc, 4, 10, "PER")
    quote = project.spans.add(doc, 20, 36, "QUOTE")
    heard.clear()
    rel = project.spans.add_relation(doc, quote.id, per.id, "said_by")
    assert [(c.kind, c.span_ids, c.new) for c in heard] == [
        (Kind.RELATION_ADDED, (quote.id, per.id), rel)]
    project.spans.delete(per.id)
    assert [c.kind for c in heard[1:]] == [Kind.RELATION_REMOVED, Kind.SPAN_REMOVED]
    assert heard[1].old == rel
    restored = project.spans.restore(per, [rel])
    assert [c.kind for c in heard[3:]] == [Kind.SPAN_ADDED, Kind.RELATION_ADDED]
    assert heard[3].new == restored
    project.spans.delete_relation(rel.id)
    assert heard[-1].kind == Kind.RELATION_REMOVED and heard[-1].old == rel


def test_label_changes_carry_names_and_documents(project, heard):
    doc, _ = project.documents.add(TEXT)
    project.spans.add(doc, 4, 10, "PER")
    heard.clear()
    added = project.labels.add("EVENT", "entity", color="#123456", hotkey="")
    assert (heard[-1].kind, heard[-1].new) == (Kind.LABEL_ADDED, added)
    recoloured = project.labels.update("EVENT", color="#654321")
    assert (heard[-1].kind, heard[-1].old, heard[-1].new) == (Kind.LABEL_CHANGED, added,
                                                                recoloured)
    project.labels.rename("PER", "PERSON")
    assert (heard[-1].kind, heard[-1].old, heard[-1].new, heard[-1].doc_ids) == (
        Kind.LABEL_RENAMED, "PER", "PERSON", (doc,))
    names = [lab.name for lab in project.labels.scheme().labels]
    project.labels.move("EVENT", 0)
    assert (heard[-1].kind, heard[-1].old, heard[-1].new[0]) == (Kind.LABELS_REORDERED, names,
                                                                 "EVENT")
    project.labels.remove("PERSON", force=True)
    assert (heard[-1].kind, heard[-1].old.name, heard[-1].doc_ids) == (
        Kind.LABEL_REMOVED, "PERSON", (doc,))
    assert len(heard) == 5


def test_scheme_replaced_names_the_documents_that_lost_spans(project, heard):
    doc, _ = project.documents.add(TEXT)
    project.spans.add(doc, 4, 10, "PER")
    heard.clear()
    scheme = load_scheme(default_scheme_path())
    scheme.labels = [lab for lab in scheme.labels if lab.name != "PER"]
    scheme.relations = []
    project.labels.apply(scheme, force=True)
    assert [(c.kind, c.doc_ids) for c in heard] == [(Kind.SCHEME_REPLACED, (doc,))]
    assert heard[0].new == scheme


def test_status_changed_once_with_annotator(project, heard):
    doc, _ = project.documents.add(TEXT)
    heard.clear()
    project.statuses.set(doc, "sara", Status.DONE)
    project.statuses.set(doc, "sara", Status.DONE)  # unchanged: nothing to announce
    assert [(c.kind, c.doc_id, c.annotator, c.old, c.new) for c in heard] == [
        (Kind.STATUS_CHANGED, doc, "sara", Status.NEW, Status.DONE)]


def test_delivered_after_the_outermost_commit_in_order(project, heard):
    doc, _ = project.documents.add(TEXT)
    heard.clear()
    with project.transaction():
        a = project.spans.add(doc, 0, 3, "PER")
        with project.transaction():
            b = project.spans.add(doc, 4, 10, "ORG")
        assert heard == []  # nothing until the outermost commit
    assert [c.span_ids for c in heard] == [(a.id,), (b.id,)]


def test_rollback_drops_announcements(project, heard):
    doc, _ = project.documents.add(TEXT)
    heard.clear()
    with pytest.raises(RuntimeError):
        with project.transaction():
            project.spans.add(doc, 0, 3, "PER")
            raise RuntimeError("no")
    assert heard == [] and project.spans.count(doc) == 0
    with project.transaction():
        kept = project.spans.add(doc, 0, 3, "PER")
        with pytest.raises(RuntimeError):
            with project.transaction():
                project.spans.add(doc, 4, 10, "ORG")
                raise RuntimeError("savepoint only")
    assert [c.span_ids for c in heard] == [(kept.id,)]


def test_failed_write_announces_nothing(project, heard):
    doc, _ = project.documents.add(TEXT)
    heard.clear()
    with pytest.raises(ValueError):
        project.spans.add(doc, 0, 3, "NO_SUCH_LABEL")
    assert heard == []


def test_failing_subscriber_is_logged_and_the_rest_still_hear(project, caplog):
    def broken(change: Change) -> None:
        raise RuntimeError("view broke")
    got: list[Change] = []
    project.events.subscribe(broken)
    project.events.subscribe(got.append)
    doc, _ = project.documents.add(TEXT)
    with caplog.at_level(logging.ERROR):
        span = project.spans.add(doc, 0, 3, "PER")
    assert project.spans.get(span.id) == span  # the write stands
    assert [c.kind for c in got] == [Kind.DOCUMENT_ADDED, Kind.SPAN_ADDED]
    assert "view broke" in caplog.text


def test_kinds_filter_and_unsubscribe(project):
    spans: list[Change] = []
    sub = project.events.subscribe(spans.append, kinds={Kind.SPAN_ADDED})
    doc, _ = project.documents.add(TEXT)
    project.spans.add(doc, 0, 3, "PER")
    sub()
    project.spans.add(doc, 4, 10, "PER")
    assert [c.kind for c in spans] == [Kind.SPAN_ADDED]


def test_a_subscriber_that_writes_does_not_interleave(project):
    doc, _ = project.documents.add(TEXT)
    order: list[tuple[str, Kind]] = []

    def first(change: Change) -> None:
        order.append(("first", change.kind))
        if change.kind == Kind.SPAN_ADDED:  # the first span makes the document in progress
            project.statuses.set(doc, "sara", Status.IN_PROGRESS)
    project.events.subscribe(first)
    project.events.subscribe(lambda c: order.append(("second", c.kind)))
    project.spans.add(doc, 0, 3, "PER")
    assert order == [("first", Kind.SPAN_ADDED), ("second", Kind.SPAN_ADDED),
                     ("first", Kind.STATUS_CHANGED), ("second", Kind.STATUS_CHANGED)]


def test_bulk_import_announces_once_per_batch(project, heard, tmp_path):
    lines = []
    for i in range(30):
        text = f"{TEXT} {i}"
        lines.append('{"text": "%s", "spans": [{"start": 4, "end": 10, "label": "PER"}, '
                     '{"start": 14, "end": 19, "label": "NEWLABEL"}]}' % text)
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    summary = import_paths(project, [tmp_path / "a.jsonl"], annotator="sara")
    assert summary.documents == 30 and summary.spans == 60
    kinds = [c.kind for c in heard]
    assert kinds == [Kind.LABEL_ADDED, Kind.BULK]
    assert heard[1].doc_ids == tuple(project.documents.ids())


def test_batch_subscribers_hear_one_commit_at_once(project):
    batches: list[list[Kind]] = []
    project.events.subscribe_batches(lambda changes: batches.append([c.kind for c in changes]),
                                     kinds={Kind.SPAN_ADDED, Kind.STATUS_CHANGED})
    doc, _ = project.documents.add(TEXT)
    with project.transaction():
        project.spans.add(doc, 0, 3, "PER")
        project.spans.add(doc, 4, 10, "PER")
        project.statuses.set(doc, "sara", Status.DONE)
    project.spans.add(doc, 14, 19, "LOC")
    assert batches == [[Kind.SPAN_ADDED, Kind.SPAN_ADDED, Kind.STATUS_CHANGED],
                       [Kind.SPAN_ADDED]]


def test_a_bound_method_is_held_weakly(project):
    class View:
        def __init__(self) -> None:
            self.seen: list[Kind] = []

        def follow(self, change: Change) -> None:
            self.seen.append(change.kind)
    view = View()
    project.events.subscribe(view.follow)
    doc, _ = project.documents.add(TEXT)
    assert view.seen == [Kind.DOCUMENT_ADDED]
    del view
    project.spans.add(doc, 0, 3, "PER")  # nobody left to call, nothing breaks
    assert project.events._subs == []


def test_bulk_announces_only_what_was_committed(project, heard):
    kept, _ = project.documents.add(TEXT)
    heard.clear()
    with pytest.raises(RuntimeError):
        with project.events.bulk():
            with project.transaction():
                project.spans.add(kept, 0, 3, "PER")
            with project.transaction():
                lost, _ = project.documents.add(TEXT + " ثانية")
                raise RuntimeError("the second batch fails")
    assert [(c.kind, c.doc_ids) for c in heard] == [(Kind.BULK, (kept,))]
    assert project.documents.ids() == [kept]


def test_bulk_leaves_out_a_rolled_back_savepoint(project, heard):
    """A file refused inside an import batch (its savepoint rolled back, the batch committed)
    is not named in the batch's announcement."""
    kept, _ = project.documents.add(TEXT)
    bystander, _ = project.documents.add(TEXT + " ثانية")
    heard.clear()
    with project.events.bulk():
        with project.transaction():
            project.spans.add(kept, 0, 3, "PER")
            with pytest.raises(RuntimeError):
                with project.transaction():
                    project.spans.add(bystander, 0, 3, "PER")
                    project.statuses.set(bystander, "sara", Status.DONE)
                    raise RuntimeError("this file is refused")
            added, _ = project.documents.add(TEXT + " ثالثة")
    assert [(c.kind, c.doc_ids) for c in heard] == [(Kind.BULK, (kept, added))]
    assert project.spans.of(bystander) == []
