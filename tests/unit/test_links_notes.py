"""Links by the scheme, document notes in the store and in native JSONL, the v3 upgrade."""
from __future__ import annotations

import json
import sqlite3

from annotator.core.events import Kind
from annotator.core.links import can_start_link, link_choices, partner_labels
from annotator.core.model import NOTE
from annotator.core.store import Project
from annotator.formats import jsonl
from annotator.formats.export import export_jsonl
from annotator.formats.importer import import_paths


def test_link_choices_follow_the_scheme_either_way_round(project):
    scheme = project.labels.scheme()
    [said] = link_choices(scheme, "QUOTE", "PER")
    assert (said.type, said.a_is_head, said.ends(1, 2)) == ("said_by", True, (1, 2))
    [back] = link_choices(scheme, "ORG", "QUOTE")   # started at the speaker
    assert (back.type, back.a_is_head, back.ends(7, 3)) == ("said_by", False, (3, 7))
    assert [c.type for c in link_choices(scheme, "CLAIM", "PER")] == ["claimed_by"]
    assert link_choices(scheme, "QUOTE", "LOC") == []
    assert can_start_link(scheme, "QUOTE") and can_start_link(scheme, "PER")
    assert not can_start_link(scheme, "LOC")
    assert partner_labels(scheme, "QUOTE") == ["PER", "ORG"]
    assert partner_labels(scheme, "PER") == ["QUOTE", "CLAIM"]


def test_document_note_is_stored_announced_and_seen_by_another_connection(project):
    doc, _ = project.documents.add("قال الوزير إن الوضع مستقر.")
    heard = []
    project.events.subscribe(heard.append, kinds={Kind.DOCUMENT_CHANGED})
    project.documents.update(doc, note="مصدر غير مؤكد")
    other = sqlite3.connect(project.path)
    assert other.execute("SELECT note FROM documents WHERE id = ?", (doc,)).fetchone()[0] \
        == "مصدر غير مؤكد"
    assert project.documents.get(doc).note == project.documents.note(doc) == "مصدر غير مؤكد"
    assert [(c.field, c.old, c.new) for c in heard] == [("note", "", "مصدر غير مؤكد")]


def test_notes_and_attributes_go_through_native_jsonl_and_back(project, tmp_path):
    text = "قال الوزير: «الوضع مستقر»."
    doc, _ = project.documents.add(text, note="راجع المصدر")
    per = project.spans.add(doc, 4, 10, "PER", annotator="sara")
    quote = project.spans.add(doc, 13, 24, "QUOTE", annotator="sara",
                              attributes={"kind": "direct", NOTE: "نص الاقتباس كامل"})
    project.spans.add_relation(doc, quote.id, per.id, "said_by", annotator="sara")
    out = tmp_path / "out.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        export_jsonl(project, fh)
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["note"] == "راجع المصدر"
    assert record["spans"][1]["attributes"] == {"kind": "direct", "note": "نص الاقتباس كامل"}
    assert record["relations"] == [{"head": quote.id, "tail": per.id, "type": "said_by",
                                    "annotator": "sara"}]
    again = Project(tmp_path / "again.annotator")
    import_paths(again, [out], annotator="sara")
    [doc2] = again.documents.ids()
    assert again.documents.get(doc2).note == "راجع المصدر"
    spans = again.spans.of(doc2)
    assert spans[1].attributes == {"kind": "direct", "note": "نص الاقتباس كامل"}
    [rel] = again.spans.relations(doc2)
    assert (rel.head, rel.tail, rel.type) == (spans[1].id, spans[0].id, "said_by")
    again.close()


def test_a_note_that_is_not_a_string_is_refused_with_its_line():
    import pytest
    from annotator.formats.records import RecordError
    with pytest.raises(RecordError, match='"note" must be a string'):
        jsonl.parse_record(json.dumps({"text": "نص", "note": 3}), 4)


def test_a_version_2_project_gains_the_note_column(tmp_path):
    from annotator.core.store.schema import MIGRATIONS, _statements
    path = tmp_path / "old.annotator"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:2]:
        script = step if isinstance(step, str) else step[0]
        for statement in _statements(script):
            conn.execute(statement)
    conn.execute("INSERT INTO documents (sha256, title, text, added_at) "
                 "VALUES ('x', 't', 'نص قديم', 'now')")
    conn.execute("PRAGMA application_id = 1095650895")
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with Project(path) as project:
        [doc] = project.documents.ids()
        assert project.documents.get(doc).note == ""
        project.documents.update(doc, note="ok")
        assert project.documents.note(doc) == "ok"
