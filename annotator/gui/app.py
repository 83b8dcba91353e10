"""Start-up: the application object, fonts, the annotator's name, the project, the window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core.prefs import Prefs, default_annotator
from annotator.core.store import ProjectError
from annotator.formats.seed import open_project
from annotator.gui import error_hook
from annotator.gui.dialogs.annotator_name import ask_annotator_name
from annotator.gui.editor.fonts import register_fonts
from annotator.gui.theme import apply_theme, wanted_theme

EXIT_PROJECT_ERROR = 2


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    app.setApplicationDisplayName("annotator")
    register_fonts()  # the bundled Arabic font, for machines that have none
    return app


def annotator_name(prefs: Prefs) -> str | None:
    """The remembered name; asked once, on first run. None if the annotator cancelled."""
    name = prefs.get("annotator")
    if name:
        return name
    name = ask_annotator_name(default_annotator(prefs))
    if name:
        prefs.set("annotator", name)
    return name


def create_window(db_path: str | Path | None, prefs: Prefs | None = None):
    """Open the project (the seeded default one when db_path is None) in a new, shown window.
    Returns None if the annotator declined to give a name. Raises ProjectError."""
    from annotator.gui.main_window import MainWindow
    prefs = prefs or Prefs()
    apply_theme(wanted_theme(prefs.get("color_scheme")))  # the name dialog too is themed
    name = annotator_name(prefs)
    if not name:
        return None
    project = open_project(db_path)
    if prefs.get("rtl_layout"):
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = MainWindow(project, name, prefs)
    window.show()
    return window


def run(db_path: str | Path | None) -> int:
    app = application()
    error_hook.install()  # a failing project shows a message, never a traceback
    try:
        window = create_window(db_path)
    except ProjectError as exc:
        QMessageBox.critical(None, "Cannot open the project", str(exc))
        return EXIT_PROJECT_ERROR
    if window is None:
        return 0
    code = app.exec()
    window.project.close()
    return code
