"""What several benchmarks share: the shared corpora found beside the checkout, and a plain
SQLite connection for the floors.

A floor is the fastest plain way to do the same work with the standard tools: the standard
library's sqlite3 with `executemany` for writes and tuple rows for reads (never sqlite-utils'
`insert_all` or `rows_where`, which build a dict per row: bench/bench_sqlite_utils.py shows
insert_all 3-4x slower than executemany)."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class CorpusMissing(RuntimeError):
    pass


def shared_corpus(name: str, start: Path = ROOT) -> Path:
    """The folder `shared/corpora/NAME` in the checkout's parent folder or one above it (a
    checkout at /work/main or a worktree at /work/wt/x both find /work/shared). Raises
    CorpusMissing naming where it looked."""
    looked = []
    for folder in start.resolve().parents:
        path = folder / "shared" / "corpora" / name
        if path.is_dir():
            return path
        looked.append(str(path))
    raise CorpusMissing(f"corpus {name!r} not found; looked in: {', '.join(looked)}")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def plain_connect(path: Path) -> sqlite3.Connection:
    """A plain connection with the project's own durability settings (WAL, synchronous
    NORMAL), so a floor writes as safely as ours does; transactions by hand."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn
