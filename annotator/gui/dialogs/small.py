"""Small prompts of the main window: the font size and the Labels dialog."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from annotator.core.prefs import MAX_FONT_SIZE, MIN_FONT_SIZE
from annotator.core.store import Project
from annotator.gui.labels_dialog import LabelsDialog

translate = QCoreApplication.translate


def ask_font_size(parent: QWidget, current: int) -> int | None:
    size, ok = QInputDialog.getInt(parent, translate("Dialogs", "Font size"),
                                   translate("Dialogs", "Article text size (points):"),
                                   current, MIN_FONT_SIZE, MAX_FONT_SIZE)
    return size if ok else None


def open_labels_dialog(parent: QWidget, project: Project) -> LabelsDialog:
    """Open the Labels dialog (non-blocking). The window's panels follow the store's
    announcements of each change, so nothing needs telling."""
    dialog = LabelsDialog(project, parent)
    dialog.open()
    return dialog
