"""The Qt modules and libraries the standalone build leaves out (packaging/build.py) are
really never needed: with them made unimportable, the windows that import the most (the main
window, the team dashboard with pyqtgraph, the agreement view) still open and draw. The build
itself is checked by tests/test_standalone_build.py (slow)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys, tempfile, pathlib
sys.path.insert(0, str(pathlib.Path(sys.argv[1]) / "packaging"))
import build
LEFT_OUT = set(build.EXCLUDE) | {"PySide6." + m for m in build.QT_UNUSED}


class LeftOut:
    # finds nothing the build leaves out, as in the built folder
    def find_spec(self, name, path=None, target=None):
        if name in LEFT_OUT or name.split(".")[0] in LEFT_OUT:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, LeftOut())
from PySide6.QtWidgets import QApplication
app = QApplication([])
from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.team import demo
from annotator.gui.main_window import MainWindow
from annotator.gui.team.agreement_view import AgreementView
from annotator.gui.team.dashboard import Dashboard
project = Project(pathlib.Path(tempfile.mkdtemp()) / "t.annotator")
for i, text in enumerate(demo.texts(4, seed=1, paragraphs=(1, 1))):
    doc, _ = project.documents.add(text)
    for who in ("ali", "mona"):
        for s, e, label in demo.annotator_spans(text, str(i), who, care=0.8):
            project.spans.add(doc, s, e, label, annotator=who)
        project.statuses.set(doc, who, "done")
shown = []
for widget in (MainWindow(project, "ali", Prefs()), Dashboard(project), AgreementView(project)):
    widget.show()
    app.processEvents()
    shown.append(not widget.grab().isNull())
print("shown", shown)
"""


def test_the_windows_open_without_what_the_build_leaves_out(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT)], capture_output=True,
                         text=True, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "shown [True, True, True]" in run.stdout


TRAIN = SCRIPT[:SCRIPT.index("from PySide6.QtWidgets")] + r"""
from annotator.cli import main
from annotator.core.store import Project
db = str(pathlib.Path(tempfile.mkdtemp()) / "t.annotator")
with Project(db) as project:
    for i in range(6):
        text = f"زار الوزير بغداد في اليوم {i} ثم البصرة."
        doc, _ = project.documents.add(text)
        if i < 5:
            for word in ("بغداد", "البصرة"):
                project.spans.add(doc, text.index(word), text.index(word) + len(word), "LOC")
            project.statuses.set(doc, "sara", "done")
print("train", main(["train", "--db", db, "--folds", "2"]))
print("suggest", main(["suggest", "--db", db, "--with", "model"]))
"""


def test_the_suggestion_model_trains_and_suggests_without_what_the_build_leaves_out(tmp_path):
    """The window's background training runs `train` in the built app: scikit-learn and
    scipy are left out of the build, sklearn_crfsuite and python-crfsuite must not be."""
    env = {"ANNOTATOR_HOME": str(tmp_path), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", TRAIN, str(ROOT)], capture_output=True,
                         text=True, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "train 0" in run.stdout and "suggest 0" in run.stdout
    assert "(model 2)" in run.stdout, run.stdout
