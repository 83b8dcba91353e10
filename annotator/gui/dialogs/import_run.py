"""Import with a progress dialog and a Cancel button, calling the same code as `annotator import`.

The import runs in a worker thread on its own connection to the project (dialogs/long_run.py):
the window stays responsive, and an edit made meanwhile is its own transaction, never part of
the import's. When it is over the window hears of the new documents and says what came in.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.formats.importer import ImportAborted, ImportSummary, import_paths
from annotator.gui.dialogs.long_run import LongRun
from annotator.gui.dialogs.summary_text import import_lines
from annotator.gui.digits import arg
from annotator.gui.messages import shown, shown_all

translate = QCoreApplication.translate


def local_paths(urls: Iterable[QUrl]) -> list[Path]:
    """Files and folders among dropped URLs (web links are ignored)."""
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile()]


def run_import(parent: QWidget, project, paths: list[Path], annotator: str,
               then: Callable[[ImportSummary], None] | None = None) -> LongRun | None:
    """Start the import; when it is over, show its summary and call `then(summary)`. None
    (and a word to the annotator) if another import of this window is still running."""
    running = getattr(parent, "_import_run", None)
    if running is not None and running.running():
        show_summary(parent, translate("Import", "Import"), [
            translate("Import", "An import is still running: wait for it to finish.")],
            warn=True)
        return None
    run = LongRun(parent, project, translate("Import", "Import"),
                  translate("Import", "Importing…"))
    parent._import_run = run  # type: ignore[attr-defined]
    run.describe = lambda done, total, name: arg(
        translate("Import", "Importing %1 of %2: %3"), min(done + 1, total), total, name)

    def job(p, progress, cancelled):
        try:
            return import_paths(p, paths, annotator=annotator, cancelled=cancelled,
                                progress=lambda d, t, path: progress(d, t, path.name))
        except ImportAborted as exc:  # disk full, busy, read-only: said when it is over
            return exc

    def over(result) -> None:
        if result is None:  # failed: the reason was shown already
            summary = ImportSummary()
        elif isinstance(result, ImportAborted):
            summary = result.summary
            show_summary(parent, translate("Import", "Import"), [
                arg(translate("Import", "The import stopped: %1"), shown(result.reason)),
                translate("Import", "The documents counted below are in the project, none of "
                          "the rest."), *import_lines(summary)], summary.errors, warn=True)
        else:
            summary = result
            show_summary(parent, translate("Import", "Import"), import_lines(summary),
                         summary.errors + summary.warnings, warn=bool(summary.refused_files))
        if then is not None:
            then(summary)

    run.failed.connect(lambda reason: show_summary(
        parent, translate("Import", "Import"),
        [arg(translate("Import", "The import stopped: %1"), reason)], warn=True))
    run.done.connect(over)
    run.start(job)
    return run


def show_summary(parent: QWidget, title: str, lines: list[str], details: list[str] = (),
                 warn: bool = False) -> QMessageBox:
    """A non-blocking message box (open(), not exec()): the window stays usable."""
    box = QMessageBox(QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information,
                      title, "\n".join(shown_all(lines)), QMessageBox.StandardButton.Ok, parent)
    if details:  # refusals from formats/: in the interface's language too
        box.setDetailedText("\n".join(shown_all(list(details))))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("summaryBox")
    box.open()
    return box
