"""Nothing waits for a clean exit: a child process edits through the editor and is killed."""
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from annotator.core.store import Project

CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication
    from annotator.core.store import Project
    from annotator.gui.editor import DocumentEditor
    app = QApplication([])
    project = Project(sys.argv[1])
    doc = project.document_ids()[0]
    text = project.document(doc).text
    ed = DocumentEditor(project, "child")
    ed.set_document(doc)
    view = ed.text_view()
    def select(word, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = text.index(word, i + 1)
        c = QTextCursor(view.document())
        c.setPosition(i)
        c.setPosition(i + len(word), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(c)
    select("قوات سوريا الديمقراطية"); ed.apply_label("ORG")
    select("دير الزور"); ed.apply_label("LOC")
    ed.apply_label("MISC")                       # relabel the selected span
    select("داعش", 2); ed.apply_label("ORG")
    ed.delete_selected_span()
    ed.undo_stack().undo()                      # it is back
    select("الباغوز"); ed.apply_label("LOC")
    ed.undo_stack().undo()                      # and this one is gone again
    print("done", flush=True)
    time.sleep(60)                              # killed here, never exits cleanly
""")


def test_sigkill_mid_session_loses_nothing(tmp_path, project, seed_text):
    doc, _ = project.add_document(seed_text)
    project.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    child = subprocess.Popen([sys.executable, str(script), str(project.path)],
                             stdout=subprocess.PIPE, env=env, text=True)
    try:
        assert child.stdout.readline().strip() == "done"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    with Project(project.path) as again:
        got = sorted((seed_text[s.start:s.end], s.label, s.annotator) for s in again.spans(doc))
    assert got == sorted([("قوات سوريا الديمقراطية", "ORG", "child"),
                          ("دير الزور", "MISC", "child"), ("داعش", "ORG", "child")])
