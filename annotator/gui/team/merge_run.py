"""Team > Merge annotators' files…: the same merge as `annotator merge`, with progress."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from annotator.core.store import Project
from annotator.gui.dialogs.import_run import show_summary
from annotator.gui.digits import counted, digits
from annotator.gui.messages import shown
from annotator.team.merge import FileReport, merge_files


def tr(text: str) -> str:
    # The empty context is where pyside6-lupdate files a bare tr("...") call.
    return QCoreApplication.translate("", text)


class MergeText(QObject):
    """For its tr(): lupdate reads plural forms from tr(text, "", n) calls only."""

    def merged(self, merged: int, refused: int) -> str:
        return counted(self.tr("%n file(s) merged, %1 refused", "", merged), refused)

    def report(self, r: FileReport) -> str:
        """One file's line (formats its own English for the command line); a count after
        its noun, so no plural forms are needed."""
        if r.refused:
            return shown(r.line())
        return self.tr("{path}: documents {documents} ({new} new), spans added {added} "
                       "({present} already there), links {links}, attributes {attributes}, "
                       "notes {notes}, statuses added {statuses} ({updated} updated); "
                       "annotators: {who}").format(
            path=r.path, documents=digits(r.documents), new=digits(r.new_documents),
            added=digits(r.spans_added), present=digits(r.spans_present),
            links=digits(r.links_added), attributes=digits(r.attributes_added),
            notes=digits(r.notes_added), statuses=digits(r.statuses_added),
            updated=digits(r.statuses_updated),
            who=", ".join(sorted(r.annotators)) or "—")


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
    text = MergeText()
    refused = [text.report(r) for r in reports if r.refused]
    merged = len(reports) - len(refused)
    lines = [text.merged(merged, len(refused))]
    lines += [text.report(r) for r in reports if not r.refused]
    show_summary(parent, tr("Merge"), lines, refused, warn=bool(refused))
    return reports
