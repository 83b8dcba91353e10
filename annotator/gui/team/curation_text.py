"""The curated document's text with every candidate overlaid: agreed, disputed and single
spans in their colours, the gold underlined, the current candidate outlined."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from annotator.gui.editor.fonts import editor_font
from annotator.gui.offsets import OffsetMap
from annotator.core.overlays import CURATION_CURRENT, GOLD_LINE
from annotator.gui.team.candidates_model import kind_color
from annotator.gui.theme import current_theme
from annotator.team.curation import Candidate, Curation


class CurationText(QTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setObjectName("curationText")
        self.setFont(editor_font(15))
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # No default QTextOption: built from an alignment it takes the application's (left to
        # right) direction, and Arabic was laid out LTR (the full stop and » at the wrong end).
        # Each paragraph's direction comes from its own text, as in the editor.
        self._map = OffsetMap("")

    def show_text(self, text: str) -> None:
        self._map = OffsetMap(text)
        self.setPlainText(text)

    def paint(self, curation: Curation, current: Candidate | None) -> None:
        selections = []
        dark = current_theme().dark
        # the current candidate last, so that it shows over those sharing its characters
        order = [c for c in curation.candidates if c is not current]
        for cand in order + ([current] if current is not None else []):
            fmt = QTextCharFormat()
            fill = QColor(CURATION_CURRENT[dark]) if cand is current else kind_color(cand.kind)
            if fill is not None:
                fmt.setBackground(fill)
            if cand.gold is not None:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(GOLD_LINE[dark]))
                fmt.setFontUnderline(True)
            selections.append(self._selection(cand.start, cand.end, fmt))
        self.setExtraSelections(selections)
        if current is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._map.to_qt(current.start))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        qs, qe = self._map.span_to_qt(start, end)
        cursor.setPosition(qs)
        cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor, sel.format = cursor, fmt
        return sel
