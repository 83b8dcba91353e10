"""A button showing a label's colour; clicking it opens a colour picker."""
from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QPushButton, QWidget

from annotator.core.palette import PALETTE
from annotator.gui.models.roles import swatch


class ColorButton(QPushButton):
    """Emits colorChosen("#RRGGBB") when the user picks a colour."""

    colorChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._color = "#000000"
        self.setIconSize(QSize(16, 16))
        self.setToolTip(self.tr("Choose the highlight colour"))
        self.clicked.connect(self.choose)

    def color(self) -> str:
        return self._color

    def set_color(self, color: str) -> None:
        self._color = color.upper()
        self.setIcon(swatch(self._color, 16))
        self.setText(self._color)

    def choose(self) -> None:
        # The colour-blind-safe palette is offered first, as the dialog's custom colours.
        for i, color in enumerate(PALETTE[:QColorDialog.customCount()]):
            QColorDialog.setCustomColor(i, QColor(color))
        chosen = QColorDialog.getColor(QColor(self._color), self, self.tr("Label colour"))
        if chosen.isValid() and chosen.name().upper() != self._color:
            self.set_color(chosen.name())
            self.colorChosen.emit(self._color)
