"""Opening another project in the running window (File > Open, recent projects, a dropped
project file).

The window is not built again: the list, the span and label panels, the details and the note
follow the new project, and only the editor is new (it belongs to one project: its undo
stacks, links and suggestions). The document the annotator last had open in that project
opens in a later event-loop turn, so that laying out and painting its text is not added to
the turn that swapped the project, and the rest of the list is read after that: at 100,000
documents none of these turns holds the window long (bench/bench_window.py, "open from the
window").
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from annotator.app_project import open_project
from annotator.core.store import Project, ProjectError
from annotator.gui.dialogs.import_run import show_summary
from annotator.gui.messages import error_text

PAUSE_MS = 15

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def open_in_window(window: MainWindow, path: Path | str | None) -> None:
    """Open the project at `path` in `window`; a file that is not a usable project leaves
    the current one open and says why."""
    if not path:
        return
    try:
        project = open_project(path)
    except ProjectError as exc:
        show_summary(window, QCoreApplication.translate("MainWindow", "Open project"),
                     [error_text(exc)], warn=True)
        return
    _swap(window, project)
    window.project_opened(open_document=False)

    def open_document() -> None:
        if window.project is not project:  # another one was opened meanwhile
            return
        try:
            window.open_last_document()
        except sqlite3.ProgrammingError:  # closed meanwhile: the window is closing
            pass
    # A timer, not a zero-delay call (that runs before the window has painted or taken any
    # input): the swapped window is painted first, the document's text after.
    QTimer.singleShot(PAUSE_MS, window, open_document)


def _swap(window: MainWindow, project: Project) -> None:
    old, window.project = window.project, project
    for stack in window.undo_group.stacks():
        window.undo_group.removeStack(stack)
    window.editor.detach()
    old_editor, window.editor = window.editor, window._new_editor()
    window.article.set_editor(window.editor)
    old_editor.deleteLater()
    # The list reads on after the document has opened: both in one turn made it the
    # longest turn of the switch.
    window.documents.set_project(project, window.annotator, read_after_ms=4 * PAUSE_MS)
    for part in (window.spans, window.labels, window.details, window.doc_note):
        part.set_project(project)
    old.close()
