"""The main window's longest stall per action at 1k, 10k and 100k documents (offscreen).

A heartbeat timer ticks every 5 ms while each action runs and the event loop settles; the
longest gap between two ticks is the longest time the window could not answer (an event-loop
turn). Actions: start (the window on the project), open the project again from the running
window (File > Open), next and previous document, type a common word into the search box (a
key every 120 ms, as a quick typist), clear it, each status filter, order the list by each
column (both ways) and back to the order of import. At start the window is built before the
event loop runs, as the application does: that time (Qt, fonts, theme, the same at every
size) is no turn and is printed apart; the turns after it (the first paint of the window's
frame, then the document, then the list arriving, as annotator.gui.app.run opens a project)
are measured.

    python bench/bench_window.py [--sizes 1000,10000,100000] [--keep DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from articles import articles  # noqa: E402
from annotator.core.store import Project  # noqa: E402
from annotator.core.store.documents import now, text_sha256, title_of  # noqa: E402
from annotator.core.store.search_rows import index_documents  # noqa: E402

WORD = "الدولي"   # in about every other generated article


def make_project(path: Path, count: int) -> None:
    """Documents, their search index, spans and statuses inserted directly (the window reads
    nothing else)."""
    project = Project(path)
    rng = random.Random(5)
    stamp = now()
    with project.transaction():
        batch = []
        for i, rec in enumerate(articles(count, in_word_docs=0.0), start=1):
            batch.append((i, rec))
            if len(batch) == 2000 or i == count:
                project.conn.executemany(
                    "INSERT INTO documents (id, sha256, title, text, meta, added_at) "
                    "VALUES (?, ?, ?, ?, '{}', ?)",
                    [(j, text_sha256(r["text"]), title_of(r["text"]), r["text"], stamp)
                     for j, r in batch])
                project.conn.executemany(
                    "INSERT INTO spans (doc_id, start, end, label, created_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(j, s["start"], s["end"], s["label"], stamp) for j, r in batch
                     for s in r["spans"]])
                index_documents(project.conn, [(j, r["text"]) for j, r in batch])
                batch = []
        statuses = [(i, "bench", rng.choice(["done", "in_progress", "skipped"]), stamp)
                    for i in range(1, count + 1) if rng.random() < 0.4]
        project.conn.executemany("INSERT INTO statuses VALUES (?, ?, ?, ?)", statuses)
    project.close()


class Heartbeat:
    def __init__(self, app):
        from PySide6.QtCore import QTimer
        self.app = app
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        t = time.perf_counter()
        self.longest = max(self.longest, t - self.last)
        self.last = t

    def measure(self, action, settle: float = 0.6, rest: float = 0.2) -> float:
        """Let the loop run `rest` seconds, run `action` from the event loop, then let the
        loop run `settle` seconds; the longest gap between ticks, in ms."""
        from PySide6.QtCore import QTimer
        self.settle(rest)
        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer.start()
        QTimer.singleShot(0, action)
        self.settle(settle)
        self.timer.stop()
        return self.longest * 1000

    def settle(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)


def run(path: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication
    from annotator.core.prefs import Prefs
    from annotator.gui.main_window import MainWindow
    app = QApplication.instance() or QApplication([])
    beat = Heartbeat(app)
    out: dict[str, float] = {}
    # Start-up: the window is built and shown before the event loop runs (as
    # annotator.gui.app.run does), so that work is no turn; its time is printed apart. The
    # turns that follow (the frame's first paint, the document, the list) are measured.
    out["idle (noise floor)"] = beat.measure(lambda: None)
    started = time.perf_counter()
    window = MainWindow(Project(path), "bench", Prefs(Path(tempfile.mkdtemp()) / "p.json"),
                        open_later=True)
    window.resize(1200, 800)
    window.show()
    gc.freeze()  # as annotator.gui.app.run does once the window is up
    out["start: window built (no turn)"] = (time.perf_counter() - started) * 1000
    out["start: paint, document, list"] = beat.measure(lambda: None, settle=2.0, rest=0)
    # File > Open in the running window (the same file again, as a second project): the
    # window is kept, the project swapped; the document and the list then arrive.
    out["open from the window"] = beat.measure(lambda: window.open_project_file(path),
                                               settle=2.0)
    out["next document"] = beat.measure(window.act.next.trigger)
    out["previous document"] = beat.measure(window.act.previous.trigger)
    search = window.document_panel.search

    def type_word() -> None:
        from PySide6.QtCore import QTimer
        for i in range(1, len(WORD) + 1):
            QTimer.singleShot(120 * i, lambda i=i: search.setText(WORD[:i]))

    out["typing a search"] = beat.measure(type_word, settle=120 * len(WORD) / 1000 + 1.5)
    out["clearing it"] = beat.measure(search.clear, settle=1.5)
    combo = window.document_panel.status_filter
    worst = 0.0
    for i in list(range(1, combo.count())) + [0]:
        worst = max(worst, beat.measure(lambda i=i: combo.setCurrentIndex(i), settle=1.5))
    out["status filters"] = worst
    from PySide6.QtCore import Qt
    from annotator.gui.models.documents import SPANS, STATUS, TITLE
    view = window.document_panel.view
    for name, column in [("title", TITLE), ("status", STATUS), ("spans", SPANS)]:
        worst = 0.0
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            worst = max(worst, beat.measure(
                lambda c=column, o=order: view.sortByColumn(c, o), settle=2.5))
        out[f"sort by {name}"] = worst
    out["sort: back to import order"] = beat.measure(
        lambda: view.sortByColumn(-1, Qt.SortOrder.AscendingOrder), settle=1.5)
    window.close()
    window.project.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--keep", metavar="DIR", help="keep the generated projects in DIR and "
                        "use the ones already there")
    parser.add_argument("--repeat", type=int, default=1, help="run each size N times and "
                        "print the median of the N longest stalls, and their maximum (on a "
                        "shared machine a single turn is often delayed by other work)")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(args.keep or tmp) / f"w{size}.annotator"
            started = time.perf_counter()
            if not path.exists():
                make_project(path, size)
            print(f"{size} documents generated in {time.perf_counter() - started:.0f} s",
                  flush=True)
            results[size] = [run(path) for _ in range(args.repeat)]
    actions = list(results[sizes[0]][0])
    what = "longest" if args.repeat == 1 else f"median (max) of {args.repeat} runs' longest"
    print(f"\n{what} event-loop stall (ms), target under 50 at every size; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    width = 10 if args.repeat == 1 else 14
    print(f"{'action':<30}" + "".join(f"{s:>{width},}" for s in sizes))
    for action in actions:
        cells = []
        for size in sizes:
            values = sorted(r[action] for r in results[size])
            cell = f"{values[(len(values) - 1) // 2]:.0f}"
            cells.append(cell if args.repeat == 1 else f"{cell} ({values[-1]:.0f})")
        print(f"{action:<30}" + "".join(f"{c:>{width}}" for c in cells))


if __name__ == "__main__":
    main()
