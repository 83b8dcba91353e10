"""Undo commands call the store in redo() and undo(); the store announces every change."""
import pytest
from PySide6.QtGui import QUndoStack

from annotator.core.events import Kind
from annotator.core.model import Origin
from annotator.gui.commands import AddSpan, DeleteSpan, MoveSpanEdge, RelabelSpan

TEXT = "قال الرئيس في بغداد إن الوزارة ستعلن"


@pytest.fixture
def doc(project):
    return project.documents.add(TEXT)[0]


def rows(project):
    return [(s.start, s.end, s.label) for s in project.spans.of(1)]


def test_add_undo_redo_keeps_id(qapp, project, doc):
    heard = []
    project.events.subscribe(lambda c: heard.append((c.doc_id, c.old, c.new)),
                             kinds={Kind.SPAN_ADDED, Kind.SPAN_REMOVED})
    stack = QUndoStack()
    cmd = AddSpan(project, doc, 4, 10, "PER", "mona")
    stack.push(cmd)
    span = project.spans.of(doc)[0]
    assert (span.start, span.end, span.label, span.annotator, span.origin) == \
        (4, 10, "PER", "mona", Origin.MANUAL)
    stack.undo()
    assert project.spans.of(doc) == []
    stack.redo()
    assert project.spans.of(doc)[0].id == span.id
    assert [(b is None, a is None) for _, b, a in heard] == [(True, False), (False, True),
                                                           (True, False)]


def test_delete_restores_relations(qapp, project, doc):
    per = project.spans.add(doc, 4, 10, "PER")
    quote = project.spans.add(doc, 23, 36, "QUOTE")
    project.spans.add_relation(doc, quote.id, per.id, "said_by")
    stack = QUndoStack()
    stack.push(DeleteSpan(project, per.id))
    assert project.spans.relations(doc) == []
    stack.undo()
    assert project.spans.get(per.id).label == "PER"
    assert [(r.head, r.tail) for r in project.spans.relations(doc)] == [(quote.id, per.id)]


def test_relabel_and_move(qapp, project, doc):
    loc = project.spans.add(doc, 14, 19, "LOC")
    stack = QUndoStack()
    stack.push(RelabelSpan(project, loc.id, "ORG"))
    stack.push(MoveSpanEdge(project, loc.id, 11, 19))
    assert (project.spans.get(loc.id).start, project.spans.get(loc.id).label) == (11, "ORG")
    stack.undo()
    assert (project.spans.get(loc.id).start, project.spans.get(loc.id).label) == (14, "ORG")
    stack.undo()
    assert project.spans.get(loc.id).label == "LOC"
