"""Opening a project in a window a step at a time: another project in the running window
(File > Open, recent projects, a dropped project file), and the first one at start-up.

The window is not built again: the list, the span and label panels, the details and the note
follow the new project, and only the editor is new (it belongs to one project: its undo
stacks, links and suggestions). The window paints first; the document the annotator last had
open in that project opens a pause after that paint, so that laying out and painting its text
is not added to the turn that swapped the project (or painted the new window); the rest of
the list is read after that. At 100,000 documents none of these turns holds the window long
(bench/bench_window.py, "start" and "open from the window").
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.app_project import open_project
from annotator.core.store import Project, ProjectError
from annotator.gui.dialogs.import_run import show_summary
from annotator.gui.next_paint import PAUSE_MS, after_next_paint
from annotator.gui.messages import error_text


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
    window.project_opened(in_steps=True)


def open_in_steps(window: MainWindow, project: Project) -> None:
    """A pause after the window's next paint, open the document last open in `project`; the
    list (reloaded to wait) is read a few pauses later."""
    def open_document() -> None:
        if window.project is not project:  # another one was opened meanwhile
            return
        try:
            window.open_last_document()
        except sqlite3.ProgrammingError:  # closed meanwhile: the window is closing
            return
        # Its text is laid out and painted first; the list then reads on.
        window.documents.read_from(4 * PAUSE_MS)
    after_next_paint(window, open_document)


def _swap(window: MainWindow, project: Project) -> None:
    window._remember_place()  # where the annotator was reading in the project left
    old, window.project = window.project, project
    for stack in window.undo_group.stacks():
        window.undo_group.removeStack(stack)
    window.editor.detach()
    old_editor, window.editor = window.editor, window._new_editor()
    window.article.set_editor(window.editor)
    old_editor.deleteLater()
    # The list is read after the document has opened: its rows painted with the swap, or
    # read with the document, made the longest turns of the switch.
    window.documents.set_project(project, window.annotator, wait=True)
    for part in (window.spans, window.labels, window.details, window.doc_note):
        part.set_project(project)
    old.close()
