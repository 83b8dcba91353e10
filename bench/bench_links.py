"""Links benchmark, offscreen: painting a page of a 1 MB Arabic document whose 2,000 quotes
are each linked to a speaker, against the same page of the same document and spans without
the links (measured side by side in one run, medians).

The spans: 2,000 quotes of 3 to 12 words, each with a PER 5 to 60 words before or after it
(so a link's ends are on the same line, on different lines, or one of them off the page),
and 16,000 more entities as in bench_editor.py. Pages: the first, one in the middle, and
the page holding the most links.
Run: python bench/bench_links.py [--reps N]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_editor import dispose, make_text, quiet_qt  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.store import Project  # noqa: E402
from annotator.core.text import tokenize  # noqa: E402
from annotator.gui.editor import DocumentEditor, register_fonts  # noqa: E402

N_LINKS, N_OTHER = 2_000, 16_000


def make_project(path: Path, text: str, linked: bool) -> int:
    project = Project(path)
    doc, _ = project.documents.add(text)
    words = [t for t in tokenize(text) if t.is_word]
    rng = random.Random(3)
    step = len(words) // N_LINKS
    taken: set[int] = set()
    with project.transaction():
        for k in range(N_LINKS):
            i = k * step + rng.randint(0, step // 3)
            quote = project.spans.add(doc, words[i].start, words[i + rng.randint(2, 11)].end,
                                      "QUOTE", length=len(text))
            j = max(0, min(len(words) - 1, i + rng.choice([-1, 1]) * rng.randint(5, 60)))
            while j in taken or words[i].start <= words[j].start <= words[i + 12].end:
                j += 13
            taken.add(j)
            per = project.spans.add(doc, words[j].start, words[j].end, "PER",
                                    length=len(text))
            if linked:
                project.spans.add_relation(doc, quote.id, per.id, "said_by")
        for i in sorted(rng.sample(range(len(words) - 1), N_OTHER)):
            if i not in taken:
                project.spans.add(doc, words[i].start, words[i].end, "ORG", length=len(text))
    project.close()
    return doc


def page_paint(app: QApplication, ed: DocumentEditor, value: int, reps: int) -> float:
    """Median time to repaint the page at scroll position `value`."""
    view = ed.text_view()
    view.verticalScrollBar().setValue(value)
    app.processEvents()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def open_editor(app: QApplication, project: Project, doc: int) -> DocumentEditor:
    ed = DocumentEditor(project, "bench")
    ed.resize(1000, 800)
    ed.show()
    ed.set_document(doc)
    ed.span_index()          # all spans read, as after the idle read
    app.processEvents()
    return ed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=31)
    args = parser.parse_args()
    quiet_qt()
    app = QApplication.instance() or QApplication([])
    register_fonts()
    text = make_text()
    print(f"document: {len(text.encode('utf-8')) / 1e6:.2f} MB, {N_LINKS:,} links, "
          f"{2 * N_LINKS + N_OTHER:,} spans at most")
    with tempfile.TemporaryDirectory() as tmp:
        with_links = Project(Path(tmp) / "links.annotator")
        doc = make_project(with_links.path, text, linked=True)
        without = Project(Path(tmp) / "plain.annotator")
        make_project(without.path, text, linked=False)
        with_links, without = Project(with_links.path), Project(without.path)
        ed_links = open_editor(app, with_links, doc)
        ed_plain = open_editor(app, without, doc)
        bar = ed_links.text_view().verticalScrollBar()
        # the page with the most links: sample scroll positions, count what is drawn
        best, most = 0, -1
        for value in range(0, bar.maximum(), max(1, bar.maximum() // 200)):
            page_paint(app, ed_links, value, 1)
            drawn = len(ed_links.links.painter.arcs) + len(ed_links.links.painter.tags)
            if drawn > most:
                best, most = value, drawn
        for name, value in (("first page", 0), ("middle page", bar.maximum() // 2),
                            ("page with the most links", best)):
            # side by side, alternating, so a busy machine slows both alike
            plain, linked = [], []
            for _ in range(3):
                plain.append(page_paint(app, ed_plain, value, args.reps))
                linked.append(page_paint(app, ed_links, value, args.reps))
            p, q = statistics.median(plain), statistics.median(linked)
            drawn = len(ed_links.links.painter.arcs) + len(ed_links.links.painter.tags)
            print(f"{name}: {drawn} links drawn; without links {p * 1000:.2f} ms, with "
                  f"{q * 1000:.2f} ms, ratio {q / p:.2f} (target <= 1.5)")
        dispose(app, ed_links)
        dispose(app, ed_plain)
        with_links.close()
        without.close()


if __name__ == "__main__":
    main()
