"""File > Hand out to annotators…: the same hand-out as `annotator assign`, in a dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from annotator.core.model import Status
from annotator.core.store import Project
from annotator.gui.dialogs.import_run import show_summary
from annotator.gui.digits import counted
from annotator.gui.messages import error_text
from annotator.gui.models.roles import status_text
from annotator.team.assign import AssignError, Assignment, hand_out


def tr(text: str) -> str:
    # The empty context is where pyside6-lupdate files a bare tr("...") call.
    return QCoreApplication.translate("", text)


class HandOutDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Hand out to annotators"))
        self.setObjectName("handOutDialog")
        self.project = project
        self.names = QLineEdit()
        self.names.setPlaceholderText("mona, ali, sara")
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 100)
        self.overlap.setSuffix(" %")
        self.overlap.setDecimals(0)
        self.overlap.setValue(20)
        self.per_doc = QSpinBox()
        self.per_doc.setRange(2, 20)
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setValue(1)
        self.status = QComboBox()
        self.status.addItem(tr("All documents"), None)
        for status in Status:
            self.status.addItem(status_text(status), status.value)
        self.folder = QLineEdit(str(project.path.parent / f"{project.path.stem}-handout"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("Annotators:"), self.names)
        form.addRow(tr("Shared with several:"), self.overlap)
        form.addRow(tr("Annotators per shared document:"), self.per_doc)
        form.addRow(tr("Seed (same seed, same hand-out):"), self.seed)
        form.addRow(tr("Documents:"), self.status)
        form.addRow(tr("Folder:"), row)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #B00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Hand out"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        note = QLabel(tr("Writes one project file per annotator, NAME.annotator, holding the "
                          "label scheme and that annotator's documents. Send each file to its "
                          "annotator; bring them back with Team > Merge annotators' files."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder for the files"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def run(self) -> None:
        names = [n.strip() for n in self.names.text().replace("،", ",").split(",") if n.strip()]
        try:
            result = hand_out(self.project, names, Path(self.folder.text()),
                              overlap=self.overlap.value() / 100, per_doc=self.per_doc.value(),
                              seed=self.seed.value(), status=self.status.currentData())
        except AssignError as exc:
            self.error.setText(error_text(exc))
            return
        except OSError as exc:
            self.error.setText(f"{self.folder.text()}: {exc.strerror or exc}")
            return
        self.accept()
        show_summary(self.parentWidget() or self, tr("Hand out"), self.summary(result))

    def summary(self, result: Assignment) -> list[str]:
        """What was handed out, in the interface's language (assign.py writes the command
        line's English)."""
        total = len({d for ids in result.documents.values() for d in ids})
        out = [counted(self.tr("%1 handed out to %2, %3 of them to more than one (seed %4)"),
                       counted(self.tr("%n document(s)", "", total)),
                       counted(self.tr("%n annotator(s)", "", len(result.documents))),
                       result.shared, result.seed)]
        for name, ids in result.documents.items():
            out.append("  " + counted(self.tr("%1: %n document(s) → %2", "", len(ids)), name,
                                      str(result.files.get(name, ""))))
        return out
