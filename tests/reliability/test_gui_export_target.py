"""File > Export to the project's own file name is refused with a message; the project file
is left as it was (the same file, size and time) and stays a project (issue 21, item 1, in the window)."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from annotator.core.prefs import Prefs
from annotator.core.store import Project
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.main_window import MainWindow


def test_export_dialog_refuses_the_project_file(qtbot, project, tmp_path):
    project.documents.add("قال الرئيس في بغداد")
    window = MainWindow(project, "sara", Prefs())
    qtbot.addWidget(window)
    window.show()
    def state():   # by stat: reading the file's bytes here would drop the window's locks
        st = project.path.stat()
        return st.st_ino, st.st_size, st.st_mtime_ns

    before = state()
    link = tmp_path / "same.annotator"
    link.symlink_to(project.path)
    for out in (project.path, link, f"{project.path}-wal"):
        dialog = ExportDialog(project, "sara", window)
        qtbot.addWidget(dialog)
        dialog.path.setText(str(out))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        boxes = [w.text() for w in QApplication.topLevelWidgets()
                 if w.objectName() == "summaryBox" and w.isVisible()]
        assert any("project file itself" in text for text in boxes), boxes
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "summaryBox":
                w.close()
    assert state() == before
    with Project(project.path) as again:
        assert again.documents.count() == 1
