"""Small prompts of the main window: the font size and the Labels dialog."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from annotator.gui.labels_dialog import LabelsDialog

translate = QCoreApplication.translate


def ask_font_size(parent: QWidget, current: int) -> int | None:
    size, ok = QInputDialog.getInt(parent, translate("Dialogs", "Font size"),
                                   translate("Dialogs", "Article text size (points):"),
                                   current, 8, 48)
    return size if ok else None


def open_labels_dialog(parent: QWidget, project, changed: Callable[[], None]) -> LabelsDialog:
    """Open the Labels dialog (non-blocking); `changed` runs at each scheme change and when it
    closes."""
    dialog = LabelsDialog(project, parent)
    dialog.schemeChanged.connect(changed)
    dialog.finished.connect(lambda _result: changed())
    dialog.open()
    return dialog
