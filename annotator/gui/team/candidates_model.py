"""Table model of a document's curation candidates: one row per distinct span, a column per
annotator (side by side), the gold last; rows coloured by agreed / disputed / single."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from annotator.core.overlays import curation_fill
from annotator.gui.theme import current_theme
from annotator.team.curation import Candidate, Curation, Kind
HAS, GOLD_MARK = "✓", "★"
TEXT, KIND, LABEL, FIRST = 0, 1, 2, 3


def kind_color(kind: Kind) -> QColor | None:
    """The fill of a kind on the current theme's page (None: the page itself); the theme's
    text reads on each (core/overlays.py). Also told apart by the word in column 1."""
    fill = curation_fill(kind.value, current_theme().dark)
    return None if fill is None else QColor(fill)


def kind_text(kind: Kind) -> str:
    translate = QCoreApplication.translate
    return {Kind.AGREED: translate("Curation", "all agree"),
            Kind.DISPUTED: translate("Curation", "disputed"),
            Kind.SINGLE: translate("Curation", "one only"),
            Kind.GOLD_ONLY: translate("Curation", "gold only")}[kind]


class CandidatesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.curation: Curation | None = None
        self.text = ""

    def set_curation(self, curation: Curation, text: str) -> None:
        self.beginResetModel()
        self.curation, self.text = curation, text
        self.endResetModel()

    def candidate(self, row: int) -> Candidate | None:
        if self.curation is None or not 0 <= row < len(self.curation.candidates):
            return None
        return self.curation.candidates[row]

    def row_of(self, key: tuple[int, int, str]) -> int | None:
        if self.curation is None:
            return None
        return next((i for i, c in enumerate(self.curation.candidates) if c.key == key), None)

    def rowCount(self, parent: Any = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.curation is None else len(self.curation.candidates)

    def columnCount(self, parent: Any = QModelIndex()) -> int:
        if parent.isValid() or self.curation is None:
            return 0
        return FIRST + len(self.curation.annotators) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        fixed = [translate("Curation", "Text"), translate("Curation", "Agreement"),
                 translate("Curation", "Label")]
        if section < FIRST:
            return fixed[section]
        names = self.curation.annotators if self.curation else []
        if section - FIRST < len(names):
            return names[section - FIRST]
        return translate("Curation", "Gold")

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cand = self.candidate(index.row())
        if cand is None:
            return None
        col = index.column()
        names = self.curation.annotators  # type: ignore[union-attr]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TEXT:
                return " ".join(self.text[cand.start:cand.end].split())
            if col == KIND:
                return kind_text(cand.kind)
            if col == LABEL:
                return cand.label
            if col - FIRST < len(names):
                return HAS if names[col - FIRST] in cand.spans else ""
            return GOLD_MARK if cand.gold is not None else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            fill = kind_color(cand.kind)
            return None if fill is None else QBrush(fill)
        if role == Qt.ItemDataRole.FontRole and cand.gold is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= FIRST:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            who = ", ".join(sorted(cand.spans)) or "—"
            return QCoreApplication.translate("Curation", "{label} [{start}, {end}) by {who}"
                                              ).format(label=cand.label, start=cand.start,
                                                       end=cand.end, who=who)
        return None
