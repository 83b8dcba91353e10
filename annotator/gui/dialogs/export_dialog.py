"""File > Export: choose a format, a file and which statuses go out; runs formats.export."""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from annotator.core.model import Status
from annotator.core.atomic import atomic_write
from annotator.core.store.connection import describe, names_project
from annotator.formats.docbin import MissingExtra
from annotator.formats.export import EXPORTERS, PATH_FORMATS, ExportOptions, Selection
from annotator.gui.dialogs.import_run import show_summary
from annotator.gui.dialogs.long_run import LongRun
from annotator.gui.dialogs.summary_text import export_lines
from annotator.gui.digits import arg
from annotator.gui.messages import shown
from annotator.gui.models.roles import status_text

translate = QCoreApplication.translate
_SUFFIX = {"jsonl": ".jsonl", "doccano": ".jsonl", "spacy": ".jsonl", "labelstudio": ".json",
           "conll": ".conll", "hf": ".jsonl", "docbin": ".spacy", "brat": ""}


class _Cancelled(Exception):
    pass


class ExportDialog(QDialog):
    def __init__(self, project, annotator: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.annotator = annotator
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(520)
        self.format = QComboBox()
        for name in EXPORTERS:
            self.format.addItem(name, name)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File to write"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.status_boxes: dict[str, QCheckBox] = {}
        statuses = QHBoxLayout()
        for status in Status:
            box = QCheckBox(status_text(status))
            box.setChecked(True)
            statuses.addWidget(box)
            self.status_boxes[status.value] = box
        statuses.addStretch(1)
        self.mine_only = QCheckBox(arg(self.tr("Only spans and statuses by %1"), annotator))
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Documents"), statuses)
        form.addRow("", self.mine_only)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(self._check)
        for box in self.status_boxes.values():
            box.toggled.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.path.setText(str(project.path.with_suffix(_SUFFIX.get(self.format.currentData(),
                                                                    ".jsonl"))))
        self.format.currentIndexChanged.connect(self._format_changed)

    def _format_changed(self) -> None:
        text = self.path.text()
        if text:
            self.path.setText(str(Path(text).with_suffix(
                _SUFFIX.get(self.format.currentData(), ".txt"))))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text())
        if path:
            self.path.setText(path)

    def _check(self) -> None:
        ok = bool(self.path.text().strip()) and any(b.isChecked()
                                                    for b in self.status_boxes.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def selection(self) -> Selection:
        chosen = {s for s, box in self.status_boxes.items() if box.isChecked()}
        return Selection(statuses=set() if len(chosen) == len(Status) else chosen,
                         annotators={self.annotator} if self.mine_only.isChecked() else set())

    def accept(self) -> None:
        """Export in the background; the dialog closes once the file is written (an error
        leaves it open to choose another file)."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.run = export_to(self, self.project, self.format.currentData(),
                             Path(self.path.text().strip()), self.selection(),
                             then=self._exported)

    def _exported(self, written: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if written:
            super().accept()


def export_to(parent: QWidget, project, fmt: str, out: Path, selection: Selection,
              then: Callable[[bool], None] | None = None) -> LongRun | None:
    """Write the export to a temporary file beside `out`, then move it in place: a cancel or an
    error never leaves half a file under the chosen name. Runs in the background on its own
    connection (dialogs/long_run.py); `then(written)` when it is over. None: refused at once
    (the name is the project file itself)."""
    if names_project(out, project.path):   # the export would replace the project itself
        show_summary(parent, translate("ExportDialog", "Export"),
                     [arg(translate("ExportDialog", "%1 is the project file itself: choose "
                                    "another name; nothing was written."), out)], warn=True)
        if then is not None:
            then(False)
        return None
    run = LongRun(parent, project, translate("ExportDialog", "Export"),
                  translate("ExportDialog", "Exporting…"))

    def job(p, report, cancelled):
        def progress(done: int, total: int) -> None:
            if cancelled():
                raise _Cancelled
            report(done, total, "")
        try:
            if fmt in PATH_FORMATS:  # a binary file or a folder, written all or nothing
                summary = EXPORTERS[fmt](p, None, selection, progress=progress,
                                         options=ExportOptions(out_path=str(out),
                                                               nesting="outer"))
            else:
                with atomic_write(out, "w", encoding="utf-8", newline="\n") as fh:
                    summary = EXPORTERS[fmt](p, fh, selection, progress=progress,
                                             options=ExportOptions(
                                                 nesting="all" if fmt == "conll" else "outer",
                                                 out_path=str(out)))
        except (MissingExtra, _Cancelled, OSError, sqlite3.Error) as exc:
            return exc  # said on the window's thread
        return summary

    def over(result) -> None:
        written = False
        if isinstance(result, MissingExtra):
            show_summary(parent, translate("ExportDialog", "Export"), [str(result)], warn=True)
        elif isinstance(result, OSError):
            reason = translate("ExportDialog", "disk full") if result.errno == errno.ENOSPC \
                else (result.strerror or str(result))
            show_summary(parent, translate("ExportDialog", "Export"),
                         [arg(translate("ExportDialog", "Cannot write %1: %2; nothing was "
                                        "changed there."), out, reason)], warn=True)
        elif isinstance(result, sqlite3.Error):
            show_summary(parent, translate("ExportDialog", "Export"),
                         [arg(translate("ExportDialog", "Cannot read the project: %1"),
                              shown(describe(result)))], warn=True)
        elif result is not None and not isinstance(result, _Cancelled):
            show_summary(parent.parentWidget() or parent, translate("ExportDialog", "Export"),
                         [arg(translate("ExportDialog", "Written to %1"), out),
                          *export_lines(result)])
            written = True
        if then is not None:
            then(written)

    run.failed.connect(lambda reason: show_summary(
        parent, translate("ExportDialog", "Export"), [reason], warn=True))
    run.done.connect(over)
    run.start(job)
    return run
