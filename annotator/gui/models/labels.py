"""The label scheme as a two-level tree: layers, each holding its labels in scheme order."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex,
                            QObject, QPersistentModelIndex, Qt)

from annotator.core.events import SCHEME_KINDS, Change
from annotator.core.model import Label, Scheme
from annotator.core.store import Project
from annotator.gui.models.roles import Roles, header_text, layer_text, role_names, swatch

Index = QModelIndex | QPersistentModelIndex
NAME, HOTKEY = range(2)
_HEADERS = (QT_TRANSLATE_NOOP("Headers", "Label"), QT_TRANSLATE_NOOP("Headers", "Key"))
_LAYER = 0  # internal id of a layer row; a label row carries its layer's position + 1


class LabelListModel(QAbstractItemModel):
    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self._project = project
        self._layers: list[str] = []
        self._descriptions: dict[str, str] = {}
        self._labels: list[list[Label]] = []
        self._scheme: Scheme | None = None
        self._subscription = project.events.subscribe_batches(self._follow, SCHEME_KINDS)
        self.reload()

    def set_project(self, project: Project) -> None:
        self._subscription.cancel()
        self._project = project
        self._subscription = project.events.subscribe_batches(self._follow, SCHEME_KINDS)
        # Most projects share a scheme: then the rows stay, and the palette is not rebuilt
        # (a third of the time it took to open another project in the window).
        if project.labels.scheme() != self._scheme:
            self.reload()

    def _follow(self, changes: list[Change]) -> None:
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        scheme: Scheme = self._project.labels.scheme()
        self._scheme = scheme
        self._layers = scheme.layer_names()
        # A label whose layer is missing from the layer list still gets shown.
        self._layers += sorted({lab.layer for lab in scheme.labels} - set(self._layers))
        self._descriptions = {lay.name: lay.description for lay in scheme.layers}
        self._labels = [scheme.labels_in(name) for name in self._layers]
        self.endResetModel()

    def layers(self) -> list[str]:
        return list(self._layers)

    def labels_in(self, layer: str) -> list[Label]:
        return list(self._labels[self._layers.index(layer)]) if layer in self._layers else []

    def label_index(self, name: str, column: int = NAME) -> QModelIndex:
        for li, labels in enumerate(self._labels):
            for row, lab in enumerate(labels):
                if lab.name == name:
                    return self.createIndex(row, column, li + 1)
        return QModelIndex()

    # --- Qt model interface -------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _LAYER)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _LAYER:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _LAYER)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._layers)
        if parent.internalId() == _LAYER and parent.column() == 0:
            return len(self._labels[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header_text(_HEADERS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _LAYER:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _LAYER:
            return self._layer_data(index, role)
        lab = self._labels[index.internalId() - 1][index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return lab.name if col == NAME else lab.hotkey
        if role == Qt.ItemDataRole.DecorationRole and col == NAME:
            return swatch(lab.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return lab.description or lab.name
        return {Roles.LabelName: lab.name, Roles.Layer: lab.layer, Roles.Color: lab.color,
                Roles.Hotkey: lab.hotkey, Roles.Description: lab.description,
                Roles.IsLayer: False}.get(role)

    def _layer_data(self, index: Index, role: int) -> Any:
        name = self._layers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return layer_text(name) if index.column() == NAME else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._descriptions.get(name) or None
        return {Roles.Layer: name, Roles.Description: self._descriptions.get(name, ""),
                Roles.IsLayer: True}.get(role)

    def roleNames(self) -> dict[int, bytes]:
        return super().roleNames() | role_names(Roles.LabelName, Roles.Layer, Roles.Color,
                                                Roles.Hotkey, Roles.Description, Roles.IsLayer)
