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


def unindexed_foreign_keys(conn: sqlite3.Connection) -> list[tuple[str, tuple[str, ...]]]:
    """(table, columns) of each foreign key whose columns lead no index of the table (a rowid
    alias, INTEGER PRIMARY KEY, is its own index)."""
    missing = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    for table in tables:
        keys: dict[int, list[str]] = {}
        for row in conn.execute(f"PRAGMA foreign_key_list('{table}')"):
            keys.setdefault(row[0], []).append(row[3])
        leads = []
        for index in conn.execute(f"PRAGMA index_list('{table}')"):
            leads.append([r[2] for r in conn.execute(f"PRAGMA index_info('{index[1]}')")])
        info = list(conn.execute(f"PRAGMA table_info('{table}')"))
        pk = [r[1] for r in info if r[5]]
        if len(pk) == 1 and [r[2] for r in info if r[5]] == ["INTEGER"]:
            leads.append(pk)
        for columns in keys.values():
            if not any(lead[:len(columns)] == columns for lead in leads):
                missing.append((table, tuple(columns)))
    return missing


def test_every_foreign_key_has_an_index(project):
    assert project.conn.execute("SELECT count(*) FROM pragma_foreign_key_list('suggestion_links')"
                                ).fetchone()[0] == 4  # the check sees the keys at all
    assert unindexed_foreign_keys(project.conn) == []


def test_a_version_8_project_gains_the_foreign_key_indexes(tmp_path):
    path = tmp_path / "old.annotator"
    with Project(path) as p:
        p.documents.add("قال الرئيس في بغداد إن الوزارة ستعلن")
    conn = sqlite3.connect(str(path))
    for name in ("labels_layer", "suggestions_span", "suggestion_links_head",
                 "suggestion_links_tail", "suggestion_links_tail_span"):
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    assert ("suggestion_links", ("head",)) in unindexed_foreign_keys(conn)
    conn.close()
    with Project(path) as p:
        assert p.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert unindexed_foreign_keys(p.conn) == []
        plan = " ".join(r[3] for r in p.conn.execute(
            "EXPLAIN QUERY PLAN DELETE FROM suggestion_links WHERE head = 1"))
        assert "suggestion_links_head" in plan
