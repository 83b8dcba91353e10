"""The team server, measured side by side in one run against plain floors on the same server.

- join: `annotator join` of N documents (a working copy, searchable, with its layouts) against
  the floor: a COPY of the same document rows out of PostgreSQL into a local SQLite file with
  executemany and an FTS5 index over the text (bench/common.py says what a floor is).
- sync: D desktops (processes) each sending E new spans with one `sync`, all at once, against
  the floor: D processes each inserting E span rows into the same table with executemany.
- the window: the longest stall of the event loop while the window's background sync brings
  in E spans from another desktop, beside an idle window's own longest stall.

A private PostgreSQL is started in a temporary folder (annotator/server/postgres.py).
Run: python bench/bench_server.py [--documents 1000,10000,100000] [--desktops 20]
[--edits 1000]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.core.store import Project  # noqa: E402
from annotator.formats.importer import import_paths  # noqa: E402
from annotator.server.init import init_server  # noqa: E402
from annotator.server.logins import add_annotator  # noqa: E402
from annotator.server.postgres import LocalServer, start  # noqa: E402
from annotator.server.sync import join  # noqa: E402
from bench.articles import write_jsonl  # noqa: E402
from bench.common import plain_connect  # noqa: E402

_FLOOR_SCHEMA = """
CREATE TABLE documents (id INTEGER PRIMARY KEY, sha256 TEXT, title TEXT, text TEXT,
  source TEXT, external_id TEXT, meta TEXT, note TEXT, added_at TEXT);
CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='id');
"""


def new_database(server: LocalServer, name: str) -> str:
    import psycopg
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)


def lead_project(folder: Path, n: int) -> Project:
    source = folder / "articles.jsonl"
    write_jsonl(source, n, spans=1)
    project = Project(folder / "lead.annotator")
    import_paths(project, [source], workers=True)
    return project


def copy_floor(url: str, path: Path) -> float:
    import psycopg
    start_at = time.perf_counter()
    conn = plain_connect(path)
    conn.executescript(_FLOOR_SCHEMA)
    with psycopg.connect(url) as pg:
        with pg.cursor().copy("COPY (SELECT id, sha256, title, text, source, external_id, "
                              "meta, note, added_at FROM team.documents) TO STDOUT") as copy:
            rows = list(copy.rows())
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(int(row[0]), *row[1:])
                      for row in rows])
    conn.execute("INSERT INTO documents_fts (rowid, text) SELECT id, text FROM documents")
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start_at


def bench_join(server: LocalServer, folder: Path, n: int) -> None:
    url = new_database(server, f"join{n}")
    folder = folder / f"join{n}"
    folder.mkdir()
    with lead_project(folder, n) as lead:
        init_server(url, lead)
    ali = server.url(f"join{n}", user=f"ali{n}", password=add_annotator(url, f"ali{n}"))
    floor = copy_floor(url, folder / f"floor{n}.sqlite")
    start_at = time.perf_counter()
    join(ali, folder / f"ali{n}.annotator")
    ours = time.perf_counter() - start_at
    print(f"join {n:>7,} documents: ours {ours:7.2f} s, COPY floor {floor:6.2f} s, "
          f"{ours / floor:5.2f}x the floor (target <= 3x)", flush=True)


DESKTOP = textwrap.dedent("""
    import sys, time
    from annotator.core.store import Project
    from annotator.server.sync import sync
    path, name, edits = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Project(path) as p:
        docs = p.documents.ids()
        with p.transaction():
            for i in range(edits):
                p.spans.add(docs[i % len(docs)], i % 30, i % 30 + 2, "PER", annotator=name)
        sys.stdin.readline()                      # all desktops start sending together
        t = time.perf_counter()
        sync(p)
        print(time.perf_counter() - t)
""")

FLOOR_DESKTOP = textwrap.dedent("""
    import sys, time, uuid, psycopg
    url, name, edits = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rows = [(str(uuid.uuid4()), 1 + i % 5, i % 30, i % 30 + 2, "PER", name, "now")
            for i in range(edits)]
    with psycopg.connect(url) as conn:
        sys.stdin.readline()
        t = time.perf_counter()
        with conn.transaction():
            conn.cursor().executemany('INSERT INTO team.spans (uid, doc_id, start, "end", '
                                      'label, annotator, created_at) VALUES '
                                      '(%s, %s, %s, %s, %s, %s, %s)', rows)
        print(time.perf_counter() - t)
""")


def run_together(commands: list[list[str]]) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen(c, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True) for c in commands]
    time.sleep(2.0)                                    # all started and ready
    start_at = time.perf_counter()
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        p.communicate(timeout=3600)
        assert p.returncode == 0
    return time.perf_counter() - start_at


def bench_desktops(server: LocalServer, folder: Path, desktops: int, edits: int) -> None:
    url = new_database(server, "desktops")
    (folder / "d").mkdir()
    with lead_project(folder / "d", 5) as lead:
        init_server(url, lead)
    logins = {f"d{i}": server.url("desktops", user=f"d{i}",
                                  password=add_annotator(url, f"d{i}")) for i in range(desktops)}
    for name, login in logins.items():
        join(login, folder / "d" / f"{name}.annotator")
    ours = run_together([[sys.executable, "-c", DESKTOP, str(folder / "d" / f"{n}.annotator"),
                          n, str(edits)] for n in logins])
    floor = run_together([[sys.executable, "-c", FLOOR_DESKTOP, url, f"f{i}", str(edits)]
                          for i in range(desktops)])
    print(f"{desktops} desktops syncing {edits:,} new spans each at once: ours {ours:.2f} s, "
          f"executemany floor {floor:.2f} s, {ours / floor:.2f}x the floor", flush=True)


def bench_window(server: LocalServer, folder: Path, edits: int) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from annotator.core.prefs import Prefs
    from annotator.gui.main_window import MainWindow
    app = QApplication.instance() or QApplication([])
    url = new_database(server, "window")
    (folder / "w").mkdir()
    lead = lead_project(folder / "w", 50)
    init_server(url, lead)
    other = server.url("window", user="w1", password=add_annotator(url, "w1"))
    join(other, folder / "w" / "w1.annotator")
    window = MainWindow(lead, "lead", Prefs())
    window.show()
    sync = window.team.server_sync

    def longest_gap(seconds: float) -> float:
        clock, gaps, last = QElapsedTimer(), [0.0], [0.0]
        clock.start()
        tick = QTimer(interval=5)
        tick.timeout.connect(lambda: (gaps.append(clock.elapsed() - last[0]),
                                      last.__setitem__(0, clock.elapsed())))
        tick.start()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
        tick.stop()
        return max(gaps)

    longest_gap(3)                                    # the first sync and paint settle
    idle = longest_gap(3)
    with Project(folder / "w" / "w1.annotator") as w1:
        docs = w1.documents.ids()
        with w1.transaction():
            for i in range(edits):
                w1.spans.add(docs[i % len(docs)], i % 30, i % 30 + 2, "PER", annotator="w1")
        from annotator.server.sync import sync as sync_copy
        sync_copy(w1)                                 # the window hears it and syncs
    busy = longest_gap(15)
    got = sum(1 for _ in lead.conn.execute("SELECT 1 FROM spans WHERE annotator = 'w1'"))
    print(f"the window bringing in {edits:,} spans in the background: longest stall "
          f"{busy:.0f} ms (idle window: {idle:.0f} ms; target 50 ms); {got:,} arrived; "
          f"status: {sync.status_text()}", flush=True)
    window.close()
    lead.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--documents", default="1000", help="sizes for join, comma-separated")
    ap.add_argument("--desktops", type=int, default=20)
    ap.add_argument("--edits", type=int, default=1000)
    args = ap.parse_args()
    server = start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            os.environ["PGPASSFILE"] = str(folder / "pgpass")
            for n in (int(x) for x in args.documents.split(",")):
                bench_join(server, folder, n)
            bench_desktops(server, folder, args.desktops, args.edits)
            bench_window(server, folder, args.edits)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
