"""A window restored at a larger scale factor (QT_SCALE_FACTOR=2) than it was saved at comes
back on the screen: two real start-ups in child processes sharing one settings folder."""
from __future__ import annotations

import json
import os
import subprocess
import sys

CHILD = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from annotator.core.store import Project
from annotator.core.prefs import Prefs
from annotator.gui.main_window import MainWindow
w = MainWindow(Project(sys.argv[1]), "sara", Prefs())
w.show(); app.processEvents()
if sys.argv[2] == "save":
    w.resize(780, 560); w.move(15, 20); app.processEvents(); w.close()
else:
    room, frame, least = w.screen().availableGeometry(), w.frameGeometry(), w.minimumSizeHint()
    print(json.dumps({"room": room.getRect(), "frame": frame.getRect(),
                      "least": [least.width(), least.height()]}))
"""


def start(tmp_path, what: str, scale: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale,
               ANNOTATOR_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "p.annotator"), what],
                          env=env, capture_output=True, text=True, check=True)
    return done.stdout


def test_a_window_saved_at_scale_1_is_on_screen_at_scale_2(tmp_path):
    start(tmp_path, "save", "1")
    seen = json.loads(start(tmp_path, "load", "2"))
    rx, ry, rw, rh = seen["room"]
    fx, fy, fw, fh = seen["frame"]
    assert rx <= fx < rx + rw and ry <= fy < ry + rh          # its title bar is on the screen
    assert fw <= max(rw, seen["least"][0] + 2) and fh <= max(rh, seen["least"][1] + 2)
