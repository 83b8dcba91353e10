"""The label palette: one button per label, grouped by layer, with its colour and hotkey.

The label's description (the guideline) is the button's tooltip. Built from LabelListModel and
rebuilt when the model resets (after the Labels dialog changed the scheme).
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QSizePolicy, QToolButton, QVBoxLayout,
                               QWidget)

from annotator.core.model import Label
from annotator.gui.models import LabelListModel
from annotator.gui.models.roles import layer_text

_COLUMNS = 2


def _rgba(color: str, alpha: float) -> str:
    c = QColor(color)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"


class LabelButton(QPushButton):
    """Swatch, name and a key cap; children let clicks through to the button."""

    def __init__(self, label: Label, parent: QWidget | None = None):
        super().__init__(parent)
        self.label_name = label.name
        self.setObjectName(f"label-{label.name}")
        self.setToolTip(f"<b>{label.name}</b> ({label.layer})"
                        + (f"<br>{label.description}" if label.description else "")
                        + ("<br><i>" + self.tr("Key: %1").replace("%1", label.hotkey)
                           + "</i>" if label.hotkey else ""))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the focus (and hotkeys) in the editor
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            f"QPushButton {{ background: {_rgba(label.color, 0.16)}; border: 1px solid "
            f"{_rgba(label.color, 0.55)}; border-radius: 6px; }}"
            f"QPushButton:hover {{ background: {_rgba(label.color, 0.32)}; }}"
            f"QPushButton:pressed {{ background: {_rgba(label.color, 0.5)}; }}")
        # Children from the start: a parentless label made visible is a window of its own,
        # shown (and flashed on screen) until a layout takes it.
        dot = QLabel(self)
        dot.setFixedSize(12, 12)
        dot.setStyleSheet(f"background: {label.color}; border-radius: 6px; "
                          f"border: 1px solid {QColor(label.color).darker(140).name()};")
        name = QLabel(label.name, self)
        name.setStyleSheet("font-weight: 600; background: transparent; border: none;")
        key = QLabel(label.hotkey or "", self)
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setMinimumWidth(20)
        key.setVisible(bool(label.hotkey))
        key.setStyleSheet("background: palette(base); color: palette(text); border: 1px solid "
                          "palette(mid); border-radius: 4px; padding: 0 4px; font-size: 11px;")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 8, 4)
        row.setSpacing(8)
        row.addWidget(dot)
        row.addWidget(name, 1)
        row.addWidget(key)
        for child in (dot, name, key):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def minimumSizeHint(self) -> QSize:
        # The swatch, the whole name and the key cap: a narrow panel scrolls, never cuts a
        # name (ORG showed as "OR(" at 900x600). setMinimumHeight kept the layout from
        # setting a minimum width itself.
        return QSize(self.layout().sizeHint().width(), self.minimumHeight())

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


class LabelPalette(QWidget):
    labelClicked = Signal(str)

    def __init__(self, model: LabelListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.buttons: dict[str, LabelButton] = {}
        title = QLabel(self.tr("Labels"))
        title.setObjectName("panelTitle")
        self._header = QHBoxLayout()
        self._header.addWidget(title, 1)
        self._inner = QWidget()
        self._inner_layout = QVBoxLayout(self._inner)
        self._inner_layout.setContentsMargins(0, 0, 4, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._header)
        layout.addWidget(scroll, 1)
        self._scroll = scroll
        model.modelReset.connect(self.rebuild)
        self.rebuild()

    def add_header_action(self, action: QAction) -> None:
        """A small button beside the title (the window puts "Labels…" there)."""
        button = QToolButton()
        # LRM keeps the dots after the word when mirrored
        button.setText(self.tr("Edit…") + "\u200e")
        button.setToolTip(action.toolTip())
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(action.trigger)
        self._header.addWidget(button)

    def sizeHint(self) -> QSize:
        # Tall enough to show every button without scrolling, when the window allows.
        hint = super().sizeHint()
        return QSize(hint.width(), self._header.sizeHint().height()
                     + self._inner.sizeHint().height() + 16)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the label buttons allow (the window's splitter keeps to it)."""
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        return QSize(self._inner.minimumSizeHint().width() + bar + 4,
                     self._header.sizeHint().height() + 60)

    def rebuild(self) -> None:
        while self._inner_layout.count():
            item = self._inner_layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone from view now, not when deletion comes round
                item.widget().deleteLater()
        self.buttons.clear()
        for layer in self.model.layers():
            labels = self.model.labels_in(layer)
            if not labels:
                continue
            heading = QLabel(layer_text(layer))
            heading.setObjectName("layerTitle")
            self._inner_layout.addWidget(heading)
            box = QWidget()
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 6)
            grid.setSpacing(6)
            for i, lab in enumerate(labels):
                button = LabelButton(lab)
                button.clicked.connect(lambda _=False, n=lab.name: self.labelClicked.emit(n))
                grid.addWidget(button, i // _COLUMNS, i % _COLUMNS)
                self.buttons[lab.name] = button
            self._inner_layout.addWidget(box)
        self._inner_layout.addStretch(1)
        self.updateGeometry()
