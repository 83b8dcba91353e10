"""Start-up: the application object, fonts, the annotator's name, the project, the window."""
from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core.prefs import Prefs
from annotator.core.resources import resources_dir
from annotator.core.store import ProjectError
from annotator.app_project import open_project
from annotator.gui import error_hook
from annotator.gui.dialogs.annotator_name import ask_annotator_name
from annotator.gui.editor.fonts import register_fonts
from annotator.gui.i18n import chosen_language, install_language
from annotator.gui.messages import error_text
from annotator.gui.theme import apply_theme, wanted_theme

EXIT_PROJECT_ERROR = 2


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    app.setApplicationDisplayName("annotator")
    register_fonts()  # the bundled Arabic font, for machines that have none
    install_language(chosen_language(Prefs().get("language")))
    icon = resources_dir() / "icons" / "annotator.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def annotator_name(prefs: Prefs) -> str | None:
    """The remembered name; asked once, on first run. None if the annotator cancelled."""
    name = prefs.get("annotator")
    if name:
        return name
    # Never the login name: on shared and lab machines it is "root" or "user", and a span
    # recorded under it cannot be traced to a person.
    name = ask_annotator_name("")
    if name:
        prefs.set("annotator", name)
    return name


def check_report(window) -> str:
    """One line saying what the opened window holds: the project, its documents, the font and
    the translations found (`annotator gui --check`)."""
    from PySide6.QtCore import QTranslator

    from annotator.gui.i18n import translations_dir
    QApplication.processEvents()
    fonts = ", ".join(register_fonts()) or "system fonts only"
    found = [lang for lang in ("ar", "en")
             if QTranslator().load(f"annotator_{lang}", str(translations_dir()))]
    return (f"annotator: window open on {window.project.path.name}: "
            f"{window.project.documents.count()} documents, "
            f"{window.editor.text_view().document().characterCount()} characters shown, "
            f"font {fonts}, translations {' '.join(found) or 'none'}")


def create_window(db_path: str | Path | None, prefs: Prefs | None = None,
                  name: str | None = None, open_later: bool = False):
    """Open the project (the seeded default one when db_path is None) in a new, shown window,
    working as `name` (default: the remembered name, asked on first run). `open_later`: the
    document and the list arrive once the event loop runs, after the window's first paint.
    Returns None if the annotator declined to give a name. Raises ProjectError."""
    from annotator.gui.main_window import MainWindow
    prefs = prefs or Prefs()
    install_language(chosen_language(prefs.get("language")))
    apply_theme(wanted_theme(prefs.get("color_scheme")))  # the name dialog too is themed
    name = name or annotator_name(prefs)
    if not name:
        return None
    project = open_project(db_path)
    rtl = prefs.get("rtl_layout")
    if rtl is not None:  # the annotator's own choice wins over the language's direction
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                        else Qt.LayoutDirection.LeftToRight)
    window = MainWindow(project, name, prefs, open_later=open_later)
    window.show()
    return window


def run(db_path: str | Path | None, check: bool = False) -> int:
    app = application()
    error_hook.install()  # a failing project shows a message, never a traceback
    try:
        # A check must never wait on the first-run name dialog: it works under the
        # remembered name, or a throw-away one that is not remembered.
        # The first paint shows the frame alone, the document and the list follow (a check
        # has no event loop to wait for: it opens all at once).
        window = create_window(db_path, name=(Prefs().get("annotator") or "check")
                               if check else None, open_later=not check)
    except ProjectError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the project"),
                             error_text(exc))
        return EXIT_PROJECT_ERROR
    if window is None:
        return 0
    if check:
        print(check_report(window))
        window.close()
        window.project.close()
        return 0
    # What start-up made (modules, Qt's wrappers, the window) lives as long as the program:
    # kept out of the collector's full passes, which otherwise walk it all and stalled the
    # window for about 100 ms now and then at 100,000 documents (bench/bench_window.py).
    gc.freeze()
    code = app.exec()
    window.project.close()
    return code
