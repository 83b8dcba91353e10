"""Import with a progress dialog and a Cancel button, calling the same code as `annotator import`.

The import runs on the GUI thread and lets Qt handle events from the progress callback: the
window keeps painting, Cancel works, and the project's one SQLite connection is never shared
across threads. The progress dialog is window-modal, so nothing else edits the project meanwhile.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from annotator.formats.importer import ImportAborted, ImportSummary, import_paths
from annotator.gui.dialogs.summary_text import import_lines
from annotator.gui.digits import arg
from annotator.gui.messages import shown, shown_all

translate = QCoreApplication.translate


def local_paths(urls: Iterable[QUrl]) -> list[Path]:
    """Files and folders among dropped URLs (web links are ignored)."""
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile()]


def run_import(parent: QWidget, project, paths: list[Path], annotator: str) -> ImportSummary:
    dialog = QProgressDialog(translate("Import", "Importing…"), translate("Import", "Cancel"),
                             0, 0, parent)
    dialog.setWindowTitle(translate("Import", "Import"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # a quick import never flashes a dialog
    dialog.setMinimumWidth(420)

    def progress(done: int, total: int, path: Path) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if done < total:
            dialog.setLabelText(arg(translate("Import", "Importing %1 of %2: %3"), done + 1,
                                    total, path.name))
        QApplication.processEvents()

    try:
        summary = import_paths(project, paths, annotator=annotator, progress=progress,
                               cancelled=dialog.wasCanceled)
    except ImportAborted as exc:  # disk full, busy, read-only: say so, keep what was committed
        show_summary(parent, translate("Import", "Import"), [
            arg(translate("Import", "The import stopped: %1"), shown(exc.reason)),
            translate("Import", "The documents counted below are in the project, none of the "
                      "rest."), *import_lines(exc.summary)], exc.summary.errors, warn=True)
        return exc.summary
    finally:
        dialog.reset()
        dialog.deleteLater()
    show_summary(parent, translate("Import", "Import"), import_lines(summary),
                 summary.errors + summary.warnings, warn=bool(summary.refused_files))
    return summary


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
