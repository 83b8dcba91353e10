"""The list of labels in the Labels dialog: swatch, name, layer, hotkey, spans; drag to reorder."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from annotator.core.model import Label
from annotator.gui.digits import digits
from annotator.gui.models.roles import swatch

_NAME = Qt.ItemDataRole.UserRole


class LabelList(QTreeWidget):
    currentNameChanged = Signal(str)     # "" when nothing is selected
    orderChanged = Signal(list)          # label names in their new order, after a drag

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Label"), self.tr("Layer"), self.tr("Key"),
                              self.tr("Spans")])
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._emit_current)

    def _emit_current(self, item: QTreeWidgetItem | None, _old: object = None) -> None:
        self.currentNameChanged.emit(item.data(0, _NAME) if item else "")

    def set_labels(self, labels: list[Label], usage: dict[str, int]) -> None:
        self.blockSignals(True)
        try:
            self.clear()
            for lab in labels:
                item = QTreeWidgetItem([lab.name, lab.layer, lab.hotkey,
                                        digits(usage.get(lab.name, 0))])
                item.setData(0, _NAME, lab.name)
                item.setIcon(0, swatch(lab.color))
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
                item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                # Rows may be dropped between, never onto, each other: the list stays flat.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                self.set_tooltip_of(item, lab.description)
                self.addTopLevelItem(item)
        finally:
            self.blockSignals(False)

    @staticmethod
    def set_tooltip_of(item: QTreeWidgetItem, text: str) -> None:
        for col in range(4):
            item.setToolTip(col, text)

    def set_tooltip(self, name: str, text: str) -> None:
        item = self._item(name)
        if item is not None:
            self.set_tooltip_of(item, text)

    def _item(self, name: str) -> QTreeWidgetItem | None:
        return next((self.topLevelItem(i) for i in range(self.topLevelItemCount())
                     if self.topLevelItem(i).data(0, _NAME) == name), None)

    def select(self, name: str | None) -> None:
        """Select a label without emitting currentNameChanged (the caller shows it)."""
        self.blockSignals(True)
        try:
            item = self._item(name) if name else None
            self.setCurrentItem(item)
            if item is not None:
                self.scrollToItem(item)
        finally:
            self.blockSignals(False)

    def current_row(self) -> int:
        item = self.currentItem()
        return self.indexOfTopLevelItem(item) if item is not None else -1

    def names(self) -> list[str]:
        return [self.topLevelItem(i).data(0, _NAME) for i in range(self.topLevelItemCount())]

    def dropEvent(self, event: QDropEvent) -> None:
        before = self.names()
        super().dropEvent(event)
        if self.names() != before:
            self.orderChanged.emit(self.names())
