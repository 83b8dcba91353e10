"""Help > Keyboard shortcuts: the menu actions' keys and the label hotkeys, in one table."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from annotator.core.model import Scheme
from annotator.gui.digits import arg
from annotator.gui.models.roles import layer_text

translate = QCoreApplication.translate

_EDITOR_KEYS = [
    (QT_TRANSLATE_NOOP("Shortcuts", "Select text"),
     QT_TRANSLATE_NOOP("Shortcuts", "Mouse drag, or Shift+arrows")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Exact characters (span inside a word)"),
     QT_TRANSLATE_NOOP("Shortcuts", "View > Exact characters")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Select the span under the cursor"),
     QT_TRANSLATE_NOOP("Shortcuts", "Click (again to cycle nested spans)")),
]


LRI, PDI = "\u2066", "\u2069"
_ARROWS = {"Up": "↑", "Down": "↓", "Left": "←", "Right": "→"}


def key_text(keys: QKeySequence | str) -> str:
    """A key sequence as the keycaps name it, in both interface languages: Ctrl, Shift, Alt,
    PgDown, Del in Latin letters (as printed on the keys; Qt's own Arabic names covered some
    keys and not others, so one row read "Alt+الأعلى, Ctrl+PgUp"), arrows as arrows, and
    isolated left to right so "Ctrl+Shift+Z" keeps its order in a right-to-left table."""
    seq = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    text = seq.toString(QKeySequence.SequenceFormat.PortableText) or (
        keys if isinstance(keys, str) else "")
    parts = re.split(r"\+(?=.)", text)  # "Ctrl++" is Ctrl and the + key
    return LRI + "+".join(_ARROWS.get(part, part) for part in parts) + PDI


def shortcut_rows(actions: list[QAction], scheme: Scheme) -> list[tuple[str, str]]:
    rows = []
    comma = "، " if QGuiApplication.isRightToLeft() else ", "  # the Arabic comma in Arabic
    for action in actions:
        keys = comma.join(key_text(k) for k in action.shortcuts() if not k.isEmpty())
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
    rows += [(arg(translate("Shortcuts", "Label %1 (%2)"), lab.name, layer_text(lab.layer)),
              key_text(lab.hotkey)) for lab in scheme.labels if lab.hotkey]
    return rows + [(translate("Shortcuts", what), translate("Shortcuts", keys))
                   for what, keys in _EDITOR_KEYS]


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        for r, (what, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, translate("About", "About annotator"),
                      translate("About", "<b>annotator</b><p>Mark entities, quotes and claims "
                                "in Arabic news articles, and export them as training data."
                                "</p><p>Every edit is saved at once: there is no Save button, "
                                "and nothing to lose.</p>"))
