"""A day's work in the window, as an annotator strings the features together: one long session
of real key presses while another process reads and writes the same project file.

Mark 20 spans by keyboard, link a quote to its speaker, set an attribute and a note, answer 30
suggestions in a row, undo and redo across documents, find, mark done, curate a document merged
from two annotators' files, open the dashboard. After each step the project file is read through
a connection of its own (what is really committed); at the end the window is alive, the other
process's writes are all there, and the file is healthy.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
K = Qt.Key
C, S, A, N = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
              Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.NoModifier)

WORDS = ("محمد سعيد علي حسن بغداد دمشق القاهرة عمان الوزارة الشركة البنك الجامعة يوسف خالد "
         "بيروت الرباط تونس الجزائر المجلس الحكومة سامي منى ليلى كريم صنعاء الخرطوم الدوحة "
         "مسقط النادي الاتحاد ريم هدى سلمى نبيل طرابلس جدة البصرة حلب المعهد الهيئة").split()
MARKING = " ".join(WORDS)                                   # document 1: 40 words, no marks
LINKING = "قال الرئيس في بَغْدَادَ إن الوزارة ستعلن"          # document 2
SUGGESTING = " ".join(                                      # document 3: names said again
    f"وقال أحمد سعيد في بغداد يوم {d}: «لن نقبل بأي تأخير في المشروع {d}»."
    for d in ("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
              "الأول", "الثاني", "الثالث", "الرابع", "الخامس"))
CURATED = "أعلن وزير المالية خالد يوسف في عمان أن البنك المركزي سيرفع الفائدة"  # document 4
TEXTS = [MARKING, LINKING, SUGGESTING, CURATED]

# The other process: every few tenths of a second it adds a span of its own and reads the
# project's figures through the real command line, until it is told to stop.
NEIGHBOUR = textwrap.dedent("""
    import subprocess, sys, time
    from pathlib import Path
    from annotator.core.store import Project
    db, stop = Path(sys.argv[1]), Path(sys.argv[2])
    written = 0
    while not stop.exists():
        with Project(db) as p:
            p.spans.add(1 + written % 3, 0, 3, "MISC", annotator="omar")
        written += 1
        if written % 5 == 0:
            done = subprocess.run([sys.executable, "-m", "annotator", "stats", "--db", str(db)],
                                  capture_output=True, text=True)
            assert done.returncode == 0, done.stderr
        time.sleep(0.2)
    print(written)
""")


class Store:
    """The project file as another connection sees it."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(str(path))

    def spans(self, doc: int, who: str = "sara") -> list[tuple[str, str]]:
        text = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc,)).fetchone()[0]
        return [(text[s:e], lab) for s, e, lab in self.conn.execute(
            "SELECT start, end, label FROM spans WHERE doc_id = ? AND annotator = ? "
            "ORDER BY start, end", (doc, who))]

    def one(self, sql: str, *args):
        return self.conn.execute(sql, args).fetchone()


def keys(qtbot, *presses) -> None:
    """Each press goes to whatever has the focus, as typing does."""
    for key, mods in presses:
        qtbot.keyClick(QApplication.focusWidget(), key, mods)


def type_text(widget, text: str) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, N, ch))


def run_cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


@pytest.fixture
def day(tmp_path):
    db = tmp_path / "news.annotator"
    with Project(db) as p:
        for t in TEXTS:
            p.documents.add(t)
        # a teammate marked بغداد once: the names suggester proposes it wherever it recurs
        p.spans.add(3, SUGGESTING.index("بغداد"), SUGGESTING.index("بغداد") + 5, "LOC",
                    annotator="mona")
    # two annotators' files for document 4, handed out and worked on elsewhere
    out = tmp_path / "handed"
    done = run_cli("assign", "--annotators", "ali,mona", "--overlap", "1", "--seed", "1",
                   "--out", out, "--db", db)
    assert done.returncode == 0, done.stderr
    at = CURATED.index
    for name, label in (("ali", "ORG"), ("mona", "ORG")):
        with Project(out / f"{name}.annotator") as p:
            doc = next(d for d in p.documents.ids() if p.documents.text(d) == CURATED)
            p.spans.add(doc, at("خالد يوسف"), at("خالد يوسف") + 9, "PER", annotator=name)
            p.spans.add(doc, at("عمان"), at("عمان") + 4, "LOC", annotator=name)
            p.spans.add(doc, at("البنك"), at("المركزي") + 7, label, annotator=name)
            p.statuses.set(doc, name, "done")
    return db, out


def test_a_day_in_the_window(qtbot, day, tmp_path):
    db, handed = day
    stop = tmp_path / "stop"
    neighbour = subprocess.Popen([sys.executable, "-c", NEIGHBOUR, str(db), str(stop)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 cwd=ROOT)
    project = Project(db)
    window = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    store = Store(db)
    try:
        # 1. twenty spans by keyboard: every second word of document 1
        window.open_document(1)
        window.editor.setFocus()
        keys(qtbot, (K.Key_Home, C))
        for i in range(20):
            keys(qtbot, (K.Key_Left, C), (K.Key_Left, C | S), (K.Key_1 + i % 4, N))
            marked = store.spans(1)
            assert len(marked) == i + 1
            assert marked[-1] == (WORDS[2 * i + 1], ("PER", "ORG", "LOC", "MISC")[i % 4])
        assert store.one("SELECT status FROM statuses WHERE doc_id = 1 AND annotator = 'sara'"
                         ) == ("in_progress",)

        # 2. a quote linked to its speaker, its kind and the speaker's note (document 2)
        keys(qtbot, (K.Key_Down, A))
        assert window.current_document() == 2
        keys(qtbot, (K.Key_Home, C), (K.Key_Left, C), (K.Key_Left, C | S), (K.Key_1, N))
        keys(qtbot, (K.Key_Left, C), (K.Key_Left, C), (K.Key_Left, C))
        keys(qtbot, (K.Key_Left, C | S), (K.Key_Left, C | S), (K.Key_5, N))
        keys(qtbot, (K.Key_K, C), (K.Key_Tab, N), (K.Key_Return, N))
        assert store.spans(2) == [("الرئيس", "PER"), ("الوزارة ستعلن", "QUOTE")]
        assert store.one("SELECT count(*) FROM relations WHERE annotator = 'sara'") == (1,)
        keys(qtbot, (K.Key_F2, N), (K.Key_Down, N), (K.Key_Escape, N))
        assert store.one("SELECT attributes FROM spans WHERE label = 'QUOTE'") == (
            '{"kind": "direct"}',)
        keys(qtbot, (K.Key_Tab, S), (K.Key_F2, N))
        type_text(QApplication.focusWidget(), "المتحدث الرسمي")
        keys(qtbot, (K.Key_Return, N), (K.Key_Escape, N))
        assert "المتحدث الرسمي" in store.one(
            "SELECT attributes FROM spans WHERE label = 'PER' AND doc_id = 2")[0]
        assert QApplication.focusWidget() is window.editor.text_view()

        # 3. thirty suggestions answered in a row (document 3): accept, reject, accept, ...
        keys(qtbot, (K.Key_Down, A))
        assert window.current_document() == 3
        name = SUGGESTING.index("أحمد سعيد")
        window.editor.setFocus()
        keys(qtbot, (K.Key_Home, C), (K.Key_Left, C), (K.Key_Left, C | S), (K.Key_Left, C | S),
             (K.Key_1, N))
        assert store.spans(3) == [("أحمد سعيد", "PER")]
        keys(qtbot, (K.Key_Insert, A))                       # suggest for this document
        ctl = window.editor.suggestion_controller
        assert len(ctl.layer.items) >= 30
        keys(qtbot, (K.Key_Home, C))
        accepted = rejected = 0
        for i in range(30):
            keys(qtbot, (K.Key_PageDown, A))
            assert ctl.under_caret() is not None
            if i % 2 == 0:
                keys(qtbot, (K.Key_Return, A))
                accepted += 1
            else:
                keys(qtbot, (K.Key_Backspace, A))
                rejected += 1
            assert len(store.spans(3)) == 1 + accepted
            assert store.one("SELECT count(*) FROM suggestions WHERE state = 'rejected'") == (
                rejected,)
        assert name == SUGGESTING.index("أحمد سعيد")

        # 4. undo and redo across documents: each document keeps its own history
        keys(qtbot, (K.Key_Z, C))                            # the last answer: a reject
        assert store.one("SELECT count(*) FROM suggestions WHERE state = 'rejected'") == (
            rejected - 1,)
        keys(qtbot, (K.Key_Up, A))                           # document 2
        keys(qtbot, (K.Key_Z, C))                            # its note goes
        assert "المتحدث" not in store.one(
            "SELECT attributes FROM spans WHERE label = 'PER' AND doc_id = 2")[0]
        keys(qtbot, (K.Key_Y, C))
        assert "المتحدث" in store.one(
            "SELECT attributes FROM spans WHERE label = 'PER' AND doc_id = 2")[0]
        keys(qtbot, (K.Key_Down, A))                         # document 3 again
        keys(qtbot, (K.Key_Z, C))                            # the last accept
        assert len(store.spans(3)) == accepted
        keys(qtbot, (K.Key_Y, C), (K.Key_Y, C))
        assert len(store.spans(3)) == 1 + accepted
        assert store.one("SELECT count(*) FROM suggestions WHERE state = 'rejected'") == (
            rejected,)

        # 5. find, then mark done (the next document opens)
        keys(qtbot, (K.Key_F, C))
        type_text(window.article.find_bar.query, "بغداد")
        keys(qtbot, (K.Key_Return, N))
        view = window.editor.text_view()
        qtbot.waitUntil(lambda: view.textCursor().selectedText() == "بغداد")
        keys(qtbot, (K.Key_Escape, N))
        window.editor.setFocus()
        keys(qtbot, (K.Key_Return, C))
        assert store.one("SELECT status FROM statuses WHERE doc_id = 3 AND annotator = 'sara'"
                         ) == ("done",)
        assert window.current_document() == 4

        # 6. the annotators' files merged by the command line beside the window, then curated
        done = run_cli("merge", handed / "ali.annotator", handed / "mona.annotator", "--db", db)
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: window.team._worst_first() != [])
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.editor.setFocus()
        keys(qtbot, (K.Key_C, C | S))
        from annotator.gui.team.curation_view import CurationView
        qtbot.waitUntil(lambda: any(isinstance(w, CurationView) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
        curation = next(w for w in QApplication.topLevelWidgets()
                        if isinstance(w, CurationView) and w.isVisible())
        qtbot.waitUntil(curation.isActiveWindow)
        assert curation.doc_id == 4
        curation.table.setFocus()
        keys(qtbot, (K.Key_G, C))                            # every span all agree on
        assert store.spans(4, "gold") == [("خالد يوسف", "PER"), ("عمان", "LOC"),
                                          ("البنك المركزي", "ORG")]
        keys(qtbot, (K.Key_Return, C))                       # the gold is done
        assert store.one("SELECT status FROM statuses WHERE doc_id = 4 AND annotator = 'gold'"
                         ) == ("done",)
        assert store.one("SELECT count(*) FROM statuses WHERE doc_id = 4 AND annotator = 'sara'"
                         ) == (0,)
        curation.close()

        # 7. the dashboard
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.editor.setFocus()
        keys(qtbot, (K.Key_D, C | S))
        from annotator.gui.team.dashboard import Dashboard
        qtbot.waitUntil(lambda: any(isinstance(w, Dashboard) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
        for w in QApplication.topLevelWidgets():
            if isinstance(w, Dashboard):
                w.close()

        # the end of the day: the window is alive and every write of both processes is there
        window.activateWindow()
        keys(qtbot, (K.Key_Up, A))
        assert window.isVisible() and window.current_document() == 3
        stop.touch()
        out, err = neighbour.communicate(timeout=120)
        assert neighbour.returncode == 0, err
        assert store.one("SELECT count(*) FROM spans WHERE annotator = 'omar'") == (int(out),)
        assert int(out) > 0
        assert len(store.spans(1)) == 20 and len(store.spans(3)) == 1 + accepted
        assert store.one("PRAGMA integrity_check") == ("ok",)
    finally:
        stop.touch()
        if neighbour.poll() is None:
            neighbour.wait(timeout=120)
        store.conn.close()
        window.close()
        project.close()
