"""Team > Merge annotators' files…: the same merge as `annotator merge`, with progress."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from annotator.core.store import Project
from annotator.gui.dialogs.import_run import show_summary
from annotator.gui.digits import counted
from annotator.team.merge import FileReport, merge_files


def tr(text: str) -> str:
    # The empty context is where pyside6-lupdate files a bare tr("...") call.
    return QCoreApplication.translate("", text)


class MergeText(QObject):
    """For its tr(): lupdate reads plural forms from tr(text, "", n) calls only."""

    def merged(self, merged: int, refused: int) -> str:
        return counted(self.tr("%n file(s) merged, %1 refused", "", merged), refused)


def choose_files(parent: QWidget, start: Path) -> list[Path]:
    paths, _ = QFileDialog.getOpenFileNames(parent, tr("Merge annotators' files"), str(start),
                                            tr("Annotator projects (*.annotator)"))
    return [Path(p) for p in paths]


def run_merge(parent: QWidget, project: Project, paths: list[Path]) -> list[FileReport]:
    """Merge with a progress dialog (one transaction: nothing is half-merged), then say what
    came in."""
    if not paths:
        return []
    dialog = QProgressDialog(tr("Merging…"), "", 0, 0, parent)
    dialog.setCancelButton(None)  # one transaction: it completes or changes nothing
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()

    try:
        reports = merge_files(project, paths, progress=progress)
    finally:
        dialog.reset()
        dialog.deleteLater()
    refused = [r.line() for r in reports if r.refused]
    merged = len(reports) - len(refused)
    lines = [MergeText().merged(merged, len(refused))]
    lines += [r.line() for r in reports if not r.refused]
    show_summary(parent, tr("Merge"), lines, refused, warn=bool(refused))
    return reports
