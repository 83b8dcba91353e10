"""Asks who is annotating; the name is recorded on every span and status."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from annotator.core.text.names import ANNOTATOR_MAX, name_problem


class AnnotatorNameDialog(QDialog):
    def __init__(self, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        title = self.tr("Who is annotating?")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        # The question in the dialog too: some window managers show no title on a dialog
        # without a parent, which is how the first run asks.
        heading = QLabel(title)
        heading.setObjectName("dialogHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("Your name is recorded on every span you mark and every "
                               "document you finish, so that several annotators can share "
                               "one project."))
        intro.setWordWrap(True)
        self.edit = QLineEdit(name)
        self.edit.setPlaceholderText(self.tr("Your name, e.g. Sara Haddad"))
        self.edit.setMaxLength(ANNOTATOR_MAX)
        self.edit.selectAll()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        problem = name_problem(self.name(), self.tr("the name"), ANNOTATOR_MAX)
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        ok.setEnabled(bool(self.name()) and not problem)

    def name(self) -> str:
        return " ".join(self.edit.text().split())


def ask_annotator_name(default: str, parent: QWidget | None = None) -> str | None:
    """The name typed, or None if the annotator cancelled."""
    dialog = AnnotatorNameDialog(default, parent)
    return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None
