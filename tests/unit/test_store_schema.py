"""Schema version 3 (sqlite-utils' API): the relation ends are indexed, also when a version 2
project is opened."""
from __future__ import annotations

import sqlite3

from annotator.core.store import Project
from annotator.core.store.schema import SCHEMA_VERSION


def indexes(path) -> set[str]:
    conn = sqlite3.connect(str(path))
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                           "AND tbl_name = 'relations'")}
    finally:
        conn.close()


def test_new_project_has_the_relation_end_indexes(project):
    assert {"relations_head", "relations_tail"} <= indexes(project.path)


def test_a_version_2_project_gains_them_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.annotator"
    with Project(path) as p:
        doc, _ = p.documents.add("قال الرئيس في بغداد إن الوزارة ستعلن")
        quote = p.spans.add(doc, 20, 36, "QUOTE")
        per = p.spans.add(doc, 4, 10, "PER")
        p.spans.add_relation(doc, quote.id, per.id, "said_by")
    conn = sqlite3.connect(str(path))
    conn.execute("DROP INDEX relations_head")
    conn.execute("DROP INDEX relations_tail")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Project(path) as p:
        assert p.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [(r.head, r.tail) for r in p.spans.relations(doc)] == [(quote.id, per.id)]
        plan = " ".join(r[3] for r in p.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM relations WHERE tail = ?", (per.id,)))
        assert "relations_tail" in plan
    assert {"relations_head", "relations_tail"} <= indexes(path)
