"""Edit > Preferences: the article's font, size and line spacing, and the digits of numbers in
the interface. A preview shows the choice on an Arabic sentence before it is kept."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QRadioButton, QSpinBox, QTextEdit, QVBoxLayout,
                               QWidget)

from annotator.gui.editor.fonts import (ARABIC_FAMILY, editor_font, reading_families,
                                        writes_arabic)

SAMPLE = ("قال وزير الخارجية إن الاجتماع سيُعقد في بغداد يوم 12 أيار، "
          "وأكّد أن «الحوار هو الطريق الوحيد».")


@dataclass
class Reading:
    family: str       # "" = the bundled Arabic font
    size: int
    spacing: int      # percent
    arabic_digits: bool


class PreferencesDialog(QDialog):
    def __init__(self, current: Reading, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        self.family = QComboBox()
        self.family.setObjectName("fontFamily")
        families = reading_families()
        for family in families:
            text = family
            if family == ARABIC_FAMILY:
                text = self.tr("%1 (bundled)").replace("%1", family)
            elif not writes_arabic(family):
                text = self.tr("%1 (no Arabic letters)").replace("%1", family)
            self.family.addItem(text, family)
        arabic_count = sum(1 for f in families if writes_arabic(f))
        if 0 < arabic_count < len(families):
            self.family.insertSeparator(arabic_count)
        chosen = current.family or ARABIC_FAMILY
        self.family.setCurrentIndex(max(0, self.family.findData(chosen)))
        self.font_size = QSpinBox()
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(8, 48)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(current.size)
        self.spacing = QSpinBox()
        self.spacing.setObjectName("lineSpacing")
        self.spacing.setRange(100, 300)
        self.spacing.setSingleStep(10)
        self.spacing.setSuffix(" %")
        self.spacing.setValue(current.spacing)
        self.spacing.setToolTip(self.tr("Line height, in percent of the font's own"))
        self.western = QRadioButton(self.tr("Western (0 1 2 3)"))
        self.arabic = QRadioButton(self.tr("Arabic-Indic (٠ ١ ٢ ٣)"))
        digits = QButtonGroup(self)
        digits.addButton(self.western)
        digits.addButton(self.arabic)
        (self.arabic if current.arabic_digits else self.western).setChecked(True)
        digit_row = QHBoxLayout()
        digit_row.addWidget(self.western)
        digit_row.addWidget(self.arabic)
        digit_row.addStretch(1)
        self.preview = QTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setPlainText(SAMPLE)
        self.preview.setMinimumHeight(110)
        self.preview.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        form = QFormLayout()
        form.addRow(self.tr("Article &font"), self.family)
        form.addRow(self.tr("&Size"), self.font_size)
        form.addRow(self.tr("&Line spacing"), self.spacing)
        form.addRow(self.tr("Preview"), self.preview)
        form.addRow(self.tr("Numbers in the interface"), digit_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for signal in (self.family.currentIndexChanged, self.font_size.valueChanged,
                       self.spacing.valueChanged):
            signal.connect(self._preview)
        self._preview()

    def reading(self) -> Reading:
        family = self.family.currentData() or ""
        return Reading("" if family == ARABIC_FAMILY else family, self.font_size.value(),
                       self.spacing.value(), self.arabic.isChecked())

    def _preview(self) -> None:
        chosen = self.reading()
        self.preview.setFont(editor_font(chosen.size, chosen.family))
        fmt = QTextBlockFormat()
        fmt.setLineHeight(float(chosen.spacing),
                          QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self.preview.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(fmt)
