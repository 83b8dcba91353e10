"""Whether a project file's tables are what its schema version says they are.

A project file comes from elsewhere (a teammate, a hand-out folder): its tables may have been
swapped for views (one over an endless recursive query hangs every read), dropped, or given
other columns, and it may carry triggers of its own that run on our writes. Before trusting
it, its tables, views and triggers are compared with the schema of its version, built once
per process in memory from the migrations themselves.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from annotator.core.messages import tr
from annotator.core.store import changelog
from annotator.core.store.schema import MIGRATIONS, SCHEMA_VERSION, _statements, database


@dataclass(frozen=True)
class Shape:
    tables: dict[str, tuple[bool, tuple[str, ...]]]   # name -> (virtual, columns)
    triggers: frozenset[str]
    views: frozenset[str]


_SHAPES: dict[int, Shape] = {}


def expected(version: int) -> Shape:
    """The schema a fresh project of `version` has (built in memory, then cached)."""
    if version not in _SHAPES:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            for step in MIGRATIONS[:version]:
                if callable(step):
                    step(database(conn))
                    continue
                script, after = (step, None) if isinstance(step, str) else step
                for statement in _statements(script):
                    conn.execute(statement)
                if after is not None:
                    after(conn)
            _SHAPES[version] = shape_of(conn)
        finally:
            conn.close()
    return _SHAPES[version]


def shape_of(conn: sqlite3.Connection, schema: str = "main") -> Shape:
    rows = conn.execute(f"SELECT type, name, sql FROM {schema}.sqlite_master").fetchall()
    tables = {}
    for kind, name, sql in rows:
        if kind == "table" and not name.startswith("sqlite_"):
            columns = tuple(r[0] for r in conn.execute(
                "SELECT name FROM pragma_table_info(?, ?)", (name, schema)))
            tables[name] = ((sql or "").upper().startswith("CREATE VIRTUAL"), columns)
    return Shape(tables, frozenset(n for k, n, _ in rows if k == "trigger"),
                 frozenset(n for k, n, _ in rows if k == "view"))


def problem(conn: sqlite3.Connection, version: int, schema: str = "main") -> str | None:
    """What is wrong with the file's schema for `version`, or None when it is as expected.
    Reads only sqlite_master and the tables' column lists: nothing of a view is run.

    An older file may hold its own version's tables or the current ones (a part upgraded by
    hand, or a test's file): each table must be a table with the columns of either, and only
    the tables both have are required; `connect` checks the upgraded file in full."""
    if version <= 0:
        return None
    current = SCHEMA_VERSION if version >= SCHEMA_VERSION else None
    shapes = [expected(version)] if current else [expected(version), expected(SCHEMA_VERSION)]
    rows = conn.execute(f"SELECT type, name FROM {schema}.sqlite_master").fetchall()
    kinds = {name: kind for kind, name in rows}
    required = set.intersection(*(set(s.tables) for s in shapes))
    for name in sorted(set().union(*(s.tables for s in shapes))):
        kind = kinds.get(name)
        if kind is None and name in required:
            return tr("table {name} is missing", name=name)
        if kind is not None and kind != "table":
            return tr("{name} is a {kind}, not a table", name=name, kind=kind)
    have = shape_of(conn, schema)
    for name, (got_virtual, got) in have.tables.items():
        wanted = [s.tables[name] for s in shapes if name in s.tables]
        if not wanted:
            continue   # a table of our own from another version, or sqlite_stat1: unused
        if not any(virtual == got_virtual and set(columns) <= set(got)
                   for virtual, columns in wanted):
            missing = [c for c in wanted[0][1] if c not in got]
            if wanted[0][0] != got_virtual or not missing:
                return tr("table {name} is not of the expected kind", name=name)
            return tr("table {name} lacks column {column}", name=name, column=missing[0])
    made = _ever_made()
    for name in sorted(have.views - made.views):
        return tr("it holds a view {name} that annotator does not make", name=name)
    for name in sorted(have.triggers - made.triggers - changelog.TRIGGER_NAMES):
        return tr("it holds a trigger {name} that annotator does not make", name=name)
    if current:
        for name in sorted(shapes[0].triggers - have.triggers):
            return tr("trigger {name} is missing", name=name)
    return None


def _ever_made() -> Shape:
    """Every trigger and view some version of the schema has."""
    shapes = [expected(v) for v in range(1, SCHEMA_VERSION + 1)]
    return Shape({}, frozenset().union(*(s.triggers for s in shapes)),
                 frozenset().union(*(s.views for s in shapes)))
