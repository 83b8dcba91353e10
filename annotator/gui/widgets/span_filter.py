"""The span list's filter row: label, layer, annotator and origin, each "all" or one value."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QGridLayout, QWidget

from annotator.gui.models import SpanListModel
from annotator.gui.models.spans import FILTER_FIELDS


def origin_text(origin: str) -> str:
    return {"manual": QCoreApplication.translate("SpanFilter", "manual"),
            "imported": QCoreApplication.translate("SpanFilter", "imported"),
            "suggested": QCoreApplication.translate("SpanFilter", "suggested")}.get(origin,
                                                                                   origin)


class SpanFilter(QWidget):
    def __init__(self, model: SpanListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.setObjectName("spanFilter")
        everything = {"label": self.tr("All labels"), "layer": self.tr("All layers"),
                      "annotator": self.tr("All annotators"), "origin": self.tr("All origins")}
        tips = {"label": self.tr("Show only spans with this label"),
                "layer": self.tr("Show only spans of this layer"),
                "annotator": self.tr("Show only spans by this annotator"),
                "origin": self.tr("Show only spans made by hand, imported or suggested")}
        self.combos: dict[str, QComboBox] = {}
        self._everything = everything
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setSpacing(4)
        for i, key in enumerate(FILTER_FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"spanFilter-{key}")
            combo.setToolTip(tips[key])
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(lambda _i, k=key: self._changed(k))
            grid.addWidget(combo, i // 2, i % 2)
            self.combos[key] = combo
        model.modelReset.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        """The choices the document's spans offer (keeping a chosen value that has gone, so
        the annotator sees why the list is empty)."""
        chosen = self.model.filter()
        for key, combo in self.combos.items():
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(self._everything[key], "")
                values = self.model.values(key)
                if chosen.get(key) and chosen[key] not in values:
                    values.append(chosen[key])
                for value in values:
                    combo.addItem(origin_text(value) if key == "origin" else value, value)
                combo.setCurrentIndex(max(0, combo.findData(chosen.get(key, ""))))

    def choose(self, key: str, value: str | None) -> None:
        combo = self.combos[key]
        combo.setCurrentIndex(max(0, combo.findData(value or "")))

    def _changed(self, key: str) -> None:
        self.model.set_filter(**{key: self.combos[key].currentData()})
