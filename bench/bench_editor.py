"""Editor benchmark, offscreen: a 1 MB Arabic document with 20,000 spans.

Measured in the same run, median of several repetitions:
- open: DocumentEditor.set_document() until the first page is painted, against a bare
  QTextEdit showing the same text with no spans (setPlainText until painted); and the same
  once the idle work queued by opening has run too (for the editor: reading the spans past
  the first page; for both: Qt's own background layout step);
- add one span (the real path: selection, label, undo command, store write, redraw) with 100
  spans in the document and with 20,000. The 100 are the first 100 of the 20,000, so the page
  being redrawn looks the same in both and the ratio shows how the cost grows with the count;
- scroll: one page down, painted, in the 20,000-span document and in the bare QTextEdit.
Run: python bench/bench_editor.py [--reps N]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere

from PySide6.QtCore import QEvent, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextEdit  # noqa: E402

from annotator.core.store import Project  # noqa: E402
from annotator.core.text import tokenize  # noqa: E402
from annotator.gui.editor import DocumentEditor, register_fonts  # noqa: E402
from annotator.gui.editor.fonts import editor_font  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "000_09860c928d697e92.txt"
LABELS = ["PER", "ORG", "LOC", "MISC"]


def make_text(size: int = 1_000_000, seed: int = 1) -> str:
    """About `size` bytes of paragraphs of 40 to 120 words drawn from the seed article, its
    punctuation kept (quote marks, Arabic commas), so lines shape and wrap like real news."""
    words = SEED.read_text(encoding="utf-8").split()
    rng = random.Random(seed)
    paras, n = [], 0
    while n < size:
        para = " ".join(rng.choice(words) for _ in range(rng.randint(40, 120))) + "."
        paras.append(para)
        n += len(para.encode("utf-8")) + 2
    return "\n\n".join(paras)


def make_project(path: Path, text: str, n_spans: int, keep: int | None = None) -> int:
    """A project with n_spans spread over the text; keep=k stores only the first k of them,
    so both projects show the same first page and differ only in the total count."""
    project = Project(path)
    doc, _ = project.documents.add(text)
    words = [t for t in tokenize(text) if t.is_word]
    rng = random.Random(2)
    picked = sorted(rng.sample(range(len(words) - 3), n_spans))[:keep]
    with project.transaction():
        for k, i in enumerate(picked):
            j = i + rng.randint(0, 2)
            project.spans.add(doc, words[i].start, words[j].end, LABELS[k % 4],
                              annotator="bench", length=len(text))
    project.close()
    return doc


def dispose(app: QApplication, widget) -> None:
    """Really delete a widget now: processEvents() alone never runs deferred deletes, and
    left-over 1 MB documents would keep laying out in the background of later runs."""
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


def painted(app: QApplication, widget) -> None:
    widget.repaint()
    app.processEvents()


def time_open_bare(app, text: str) -> tuple[float, float]:
    w = QTextEdit()
    w.setReadOnly(True)
    w.setFont(editor_font(15))
    w.resize(1000, 800)
    w.show()
    app.processEvents()
    t0 = time.perf_counter()
    w.setPlainText(text)
    w.repaint()
    first = time.perf_counter() - t0
    app.processEvents()
    idle = time.perf_counter() - t0
    dispose(app, w)
    return first, idle


def time_open_editor(app, project: Project,
                     doc: int) -> tuple[float, float, DocumentEditor]:
    ed = DocumentEditor(project, "bench")
    ed.resize(1000, 800)
    ed.show()
    app.processEvents()
    t0 = time.perf_counter()
    ed.set_document(doc)
    ed.repaint()
    first = time.perf_counter() - t0
    app.processEvents()  # idle work: the rest of the span index (and Qt's own layout)
    idle = time.perf_counter() - t0
    assert ed.text_view().renderer.index.loaded_to is None
    return first, idle, ed


def time_add_span(app, ed: DocumentEditor, reps: int) -> float:
    """Add spans on words near the top of the view (where they are drawn), one at a time."""
    text = ed.text()
    words = [t for t in tokenize(text[:20000]) if t.is_word]
    view = ed.text_view()
    times = []
    for k in range(reps):
        tok = words[5 + 7 * k]
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.renderer.offsets.to_qt(tok.start))
        cursor.setPosition(view.renderer.offsets.to_qt(tok.end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        app.processEvents()
        t0 = time.perf_counter()
        ed.apply_label("CLAIM")
        painted(app, ed)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def time_scroll(app, widget, view: QTextEdit, pages: int) -> float:
    """Median time of one page down (scroll bar, then painted), from the top."""
    bar = view.verticalScrollBar()
    bar.setValue(0)
    painted(app, widget)
    times = []
    for _ in range(pages):
        t0 = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        painted(app, widget)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bare_view(app, text: str) -> QTextEdit:
    w = QTextEdit()
    w.setReadOnly(True)
    w.setFont(editor_font(15))
    w.resize(1000, 800)
    w.show()
    w.setPlainText(text)
    painted(app, w)
    return w


def quiet_qt() -> None:
    """Drop the offscreen plugin's 'does not support propagateSizeHints()' lines."""
    def handler(mode, context, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")
    qInstallMessageHandler(handler)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=9)
    args = parser.parse_args()
    quiet_qt()
    app = QApplication.instance() or QApplication([])
    register_fonts()
    text = make_text()
    print(f"document: {len(text.encode('utf-8')) / 1e6:.2f} MB, {len(text):,} characters")
    with tempfile.TemporaryDirectory() as tmp:
        big = make_project(Path(tmp) / "big.annotator", text, 20_000)
        small = make_project(Path(tmp) / "small.annotator", text, 20_000, keep=100)
        big_p = Project(Path(tmp) / "big.annotator")
        small_p = Project(Path(tmp) / "small.annotator")
        bare, opened, bare_idle, opened_idle = [], [], [], []
        for _ in range(args.reps):
            first, idle = time_open_bare(app, text)
            bare.append(first)
            bare_idle.append(idle)
            first, idle, ed = time_open_editor(app, big_p, big)
            opened.append(first)
            opened_idle.append(idle)
            dispose(app, ed)
        b, o = statistics.median(bare), statistics.median(opened)
        bi, oi = statistics.median(bare_idle), statistics.median(opened_idle)
        print(f"open, first page painted: bare QTextEdit {b * 1000:.1f} ms, editor with 20,000 "
              f"spans {o * 1000:.1f} ms, ratio {o / b:.2f} (target <= 1.5)")
        print(f"open, idle work done too (all spans indexed, Qt's background layout step): "
              f"bare {bi * 1000:.1f} ms, editor {oi * 1000:.1f} ms, ratio {oi / bi:.2f}")
        _, _, ed_small = time_open_editor(app, small_p, small)
        _, _, ed_big = time_open_editor(app, big_p, big)
        a_small = time_add_span(app, ed_small, args.reps * 3)
        a_big = time_add_span(app, ed_big, args.reps * 3)
        print(f"add one span: at 100 spans {a_small * 1000:.2f} ms, at 20,000 spans "
              f"{a_big * 1000:.2f} ms, ratio {a_big / a_small:.2f} (target <= 2)")
        bare_w = bare_view(app, text)
        s_bare, s_big = [], []
        for _ in range(args.reps):
            s_bare.append(time_scroll(app, bare_w, bare_w, 20))
            s_big.append(time_scroll(app, ed_big, ed_big.text_view(), 20))
        sb, se = statistics.median(s_bare), statistics.median(s_big)
        print(f"scroll one page: bare QTextEdit {sb * 1000:.1f} ms, editor with 20,000 spans "
              f"{se * 1000:.1f} ms per page, ratio {se / sb:.2f} (target: smooth, well under "
              f"a 16.7 ms frame)")
        dispose(app, bare_w)
        dispose(app, ed_small)
        dispose(app, ed_big)
        big_p.close()
        small_p.close()


if __name__ == "__main__":
    main()
