"""Why the hot bulk writes use executemany and not sqlite-utils' insert_all (docs/architecture.md).

The same span rows (the spans table and its covering index as in a project) written both ways
into fresh in-memory databases, side by side, alternating, several rounds; the median of each.

    python bench/bench_sqlite_utils.py [--rows 100000] [--rounds 3]
"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import time

import sqlite_utils

_TABLE = """CREATE TABLE spans (id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, label TEXT NOT NULL,
  annotator TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT 'manual',
  attributes TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL)"""
_INDEX = "CREATE INDEX spans_doc ON spans(doc_id, start, end DESC, id, label, annotator)"
_COLUMNS = ("id", "doc_id", "start", "end", "label", "annotator", "origin", "attributes",
            "created_at")


def fresh() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute(_TABLE)
    conn.execute(_INDEX)
    return conn


def with_executemany(rows: list[tuple]) -> float:
    conn = fresh()
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO spans ({', '.join(_COLUMNS)}) VALUES "
                     f"({', '.join('?' * len(_COLUMNS))})", rows)
    conn.execute("COMMIT")
    return time.perf_counter() - started


def with_insert_all(rows: list[tuple]) -> float:
    conn = fresh()
    db = sqlite_utils.Database(conn, recursive_triggers=False)
    started = time.perf_counter()
    with db.atomic():
        db.table("spans").insert_all(dict(zip(_COLUMNS, row)) for row in rows)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rows = [(i + 1, i // 10, (i % 10) * 40, (i % 10) * 40 + 12, "PER", "sara", "imported", "{}",
             "2026-01-01T00:00:00+00:00") for i in range(args.rows)]
    ours, theirs = [], []
    for _ in range(args.rounds):
        ours.append(with_executemany(rows))
        theirs.append(with_insert_all(rows))
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"{args.rows:,} span rows: executemany {a:.2f} s, insert_all {b:.2f} s "
          f"(insert_all / executemany = {b / a:.1f}x)")


if __name__ == "__main__":
    main()
