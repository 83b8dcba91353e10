"""Team > Merge annotators' files…: the same merge as `annotator merge`, in the background
with progress and Cancel (dialogs/long_run.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from annotator.core.store import Project
from annotator.gui.dialogs.import_run import show_summary
from annotator.gui.dialogs.long_run import LongRun
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


class MergeCancelled(Exception):
    """Cancel pressed: the merge's one transaction is rolled back, nothing is merged."""


def run_merge(parent: QWidget, project: Project, paths: list[Path],
              then: Callable[[list[FileReport]], None] | None = None) -> LongRun | None:
    """Merge in the background (one transaction on the job's own connection: nothing is
    half-merged, and an edit made in the window meanwhile is not part of it), then say what
    came in and call `then(reports)`."""
    if not paths:
        return None
    run = LongRun(parent, project, tr("Merge"), tr("Merging…"))

    def job(p, progress, cancelled):
        def step(done: int, total: int) -> None:
            if cancelled():
                raise MergeCancelled
            progress(done, total, "")
        try:
            return merge_files(p, paths, progress=step)
        except MergeCancelled:
            return None

    def over(reports) -> None:
        if reports is None:
            show_summary(parent, tr("Merge"), [tr("The merge was cancelled: nothing was "
                                                   "merged.")])
            return
        text = MergeText()
        refused = [text.report(r) for r in reports if r.refused]
        merged = len(reports) - len(refused)
        lines = [text.merged(merged, len(refused))]
        lines += [text.report(r) for r in reports if not r.refused]
        show_summary(parent, tr("Merge"), lines, refused, warn=bool(refused))
        if then is not None:
            then(reports)

    run.failed.connect(lambda reason: show_summary(parent, tr("Merge"), [reason], warn=True))
    run.done.connect(over)
    run.start(job)
    return run
