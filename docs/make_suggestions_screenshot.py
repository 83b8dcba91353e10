"""Make docs/screenshots/suggestions.png: the seed article with a few entities marked and the
suggesters' proposals drawn over it (dashed outlines), the caret on a suggested quote and its
tooltip text shown in the status bar.

Runs offscreen, in a temporary project and preferences folder:
    python docs/make_suggestions_screenshot.py [OUT_FOLDER]
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

MARKED = [("قسد", "ORG"), ("داعش", "ORG"), ("سوريا", "LOC")]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ANNOTATOR_HOME"] = tmp
        from annotator.core.prefs import Prefs
        from annotator.core.resources import corpus_dir
        from annotator.core.store import Project
        from annotator.gui.editor import register_fonts
        from annotator.gui.main_window import MainWindow
        app = QApplication.instance() or QApplication([])
        register_fonts()
        project = Project(Path(tmp) / "demo.annotator")
        text = (corpus_dir() / "000_09860c928d697e92.txt").read_text(encoding="utf-8")
        doc, _ = project.documents.add(text)
        for words, label in MARKED:
            at = text.index(words)
            project.spans.add(doc, at, at + len(words), label, annotator="sara")
        window = MainWindow(project, "sara", Prefs())
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        ctl = window.editor.suggestion_controller
        ctl.suggest_now()
        quote = next(s for s in ctl.layer.items if s.label == "QUOTE")
        view = window.editor.text_view()
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.renderer.offsets.to_qt(quote.start))
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        window.statusBar().showMessage(ctl.tooltip([quote]).splitlines()[0][:110])
        for _ in range(5):
            app.processEvents()
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out / "suggestions.png"))
        print(f"{len(ctl.layer.items)} suggestions; wrote {out / 'suggestions.png'}")
        window.close()
        project.close()


if __name__ == "__main__":
    main()
