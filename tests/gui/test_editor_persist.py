"""Nothing waits for a clean exit: a child process edits through the editor and is killed."""
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.core.store import Project

CHILD = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication
    from annotator.core.store import Project
    from annotator.gui.editor import DocumentEditor
    app = QApplication([])
    project = Project(sys.argv[1])
    doc = project.documents.ids()[0]
    text = project.documents.get(doc).text
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
    print("ready", flush=True)
    sys.stdin.readline()                        # killed here, never exits cleanly
""")


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL on Windows")
def test_sigkill_mid_session_loses_nothing(tmp_path, project, seed_text):
    doc, _ = project.documents.add(seed_text)
    project.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    errors = tmp_path / "child.err"
    with open(errors, "w", encoding="utf-8") as err:
        child = subprocess.Popen([sys.executable, str(script), str(project.path)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err,
                                 env=env, text=True)
        try:
            line = child.stdout.readline().strip()  # "" if the child died first
            assert line == "ready", errors.read_text(encoding="utf-8")
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            child.stdin.close()
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    # The file is whole, without the killed process's help (its WAL is replayed on open).
    conn = sqlite3.connect(str(project.path))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    with Project(project.path) as again:
        got = sorted((seed_text[s.start:s.end], s.label, s.annotator) for s in again.spans.of(doc))
    assert got == sorted([("قوات سوريا الديمقراطية", "ORG", "child"),
                          ("دير الزور", "MISC", "child"), ("داعش", "ORG", "child")])
