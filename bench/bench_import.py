"""Import of one JSONL file of generated 480-word Arabic articles (about 10 spans each, clitic-
joined spans in 80% of them), against a sqlite-utils floor measured in the same run; then the
file's size, search and stats on the imported project.

- floor: read and parse the same file, `executemany` its documents, spans and statuses with
  the standard library's sqlite3 in one transaction (the project's WAL and synchronous
  settings), and an FTS5 index over the text: the fastest plain importer with search
  (bench/common.py says what a floor is).
- ours: `import_paths` on the file (hashing, checking every span, the search index, token
  layouts, nesting depths, announcements).
- peak memory of the import, each size in a child process of its own.
- file size against the UTF-8 size of the texts (target: at most 2.5x), the floor's beside it.
- `annotator search` as the command runs it (first 20 hits with snippets, and the total) for a
  common word, and Project.search.stats().

    python bench/bench_import.py [--sizes 1000,10000,100000]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from articles import write_jsonl  # noqa: E402
from common import plain_connect  # noqa: E402
from peak import peak_memory_mb  # noqa: E402
from annotator.core.store import Project  # noqa: E402
from annotator.formats.importer import import_paths  # noqa: E402

COMMON = "الدولي"


_FLOOR_SCHEMA = """
CREATE TABLE documents (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE spans (id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id),
                    start INTEGER NOT NULL, end INTEGER NOT NULL, label TEXT NOT NULL);
CREATE TABLE statuses (doc_id INTEGER NOT NULL REFERENCES documents(id),
                       annotator TEXT NOT NULL, status TEXT NOT NULL,
                       PRIMARY KEY (doc_id, annotator));
CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='id');
"""


def floor(source: Path, db_path: Path) -> float:
    """The fastest plain importer with search: parse the file, executemany the documents,
    spans and statuses as tuples in one transaction, then fill an FTS5 index over the text
    (the external-content table sqlite-utils' enable_fts makes, written in one statement)."""
    start = time.perf_counter()
    conn = plain_connect(db_path)
    conn.executescript(_FLOOR_SCHEMA)
    docs, spans, statuses = [], [], []
    with source.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            rec = json.loads(line)
            docs.append((i, rec["text"]))
            spans.extend((i, s["start"], s["end"], s["label"]) for s in rec["spans"])
            statuses.extend((i, who, status) for who, status in rec["statuses"].items())
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO documents VALUES (?, ?)", docs)
    conn.executemany("INSERT INTO spans (doc_id, start, end, label) VALUES (?, ?, ?, ?)", spans)
    conn.executemany("INSERT INTO statuses VALUES (?, ?, ?)", statuses)
    conn.execute("INSERT INTO documents_fts (rowid, text) SELECT id, text FROM documents")
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return elapsed


def ours(source: Path, db_path: Path) -> float:
    project = Project(db_path)
    start = time.perf_counter()
    summary = import_paths(project, [source], workers=True)
    elapsed = time.perf_counter() - start
    assert not summary.errors, summary.errors[:3]
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    project.close()
    return elapsed


def search_and_stats(db_path: Path) -> tuple[float, float, int]:
    """Seconds for the search command's work (20 hits with snippets and the total) and for
    stats(); and the total found."""
    from annotator.cli.documents_cmds import snippet
    with Project(db_path) as project:
        start = time.perf_counter()
        ids = project.search.find(COMMON, limit=20)
        lines = [snippet(project.documents.get(i).text, COMMON) for i in ids]
        total = project.search.count(COMMON)
        t_search = time.perf_counter() - start
        assert len(lines) == len(ids)
        start = time.perf_counter()
        project.search.stats()
        t_stats = time.perf_counter() - start
    return t_search, t_stats, total


_IMPORT = """
from annotator.core.store import Project
from annotator.formats.importer import import_paths
import_paths(Project(sys.argv[2]), [sys.argv[1]], workers=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for size in (int(x) for x in args.sizes.split(",")):
            source = tmp / f"a{size}.jsonl"
            text_size = write_jsonl(source, size)
            t_floor = floor(source, tmp / f"floor{size}.db")
            t_ours = ours(source, tmp / f"ours{size}.annotator")
            f_ours = (tmp / f"ours{size}.annotator").stat().st_size
            f_floor = (tmp / f"floor{size}.db").stat().st_size
            t_search, t_stats, found = search_and_stats(tmp / f"ours{size}.annotator")
            peak = peak_memory_mb(_IMPORT, source, tmp / f"m{size}.annotator")
            rows.append((size, t_floor, t_ours, peak, f_ours / text_size, f_floor / text_size,
                         f_ours / size / 1000, t_search, found, t_stats))
            print(f"{size} documents done", flush=True)
            for name in (f"floor{size}.db", f"ours{size}.annotator", f"m{size}.annotator"):
                for path in tmp.glob(name + "*"):
                    os.remove(path)
    print(f"\nload average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'documents':>10} {'floor s':>8} {'ours s':>8} {'ratio':>6} {'peak MB':>8} "
          f"{'file/text':>9} {'floor/text':>10} {'KB/doc':>7} {'search s':>8} "
          f"{'found':>7} {'stats s':>8}")
    for size, tf, to, peak, ratio, fratio, kb, ts, found, tst in rows:
        print(f"{size:>10,} {tf:>8.2f} {to:>8.2f} {to / tf:>5.2f}x {peak:>8.0f} {ratio:>8.2f}x "
              f"{fratio:>9.2f}x {kb:>7.1f} {ts:>8.3f} {found:>7,} {tst:>8.3f}")
    print("floor: sqlite3 executemany of documents, spans and statuses, and FTS5 on the text")
    print("targets: import within 2x the floor; file at most 2.5x its texts; peak memory flat;"
          " search and stats well under a second")


if __name__ == "__main__":
    main()
