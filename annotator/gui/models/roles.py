"""Named custom roles shared by the item models, and small display helpers."""
from __future__ import annotations

import unicodedata
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from annotator.core.model import Status


class Roles(IntEnum):
    DocId = Qt.ItemDataRole.UserRole + 1
    Title = Qt.ItemDataRole.UserRole + 2
    Status = Qt.ItemDataRole.UserRole + 3
    SpanCount = Qt.ItemDataRole.UserRole + 4
    SpanId = Qt.ItemDataRole.UserRole + 10
    Start = Qt.ItemDataRole.UserRole + 11
    End = Qt.ItemDataRole.UserRole + 12
    Annotator = Qt.ItemDataRole.UserRole + 13
    Origin = Qt.ItemDataRole.UserRole + 14
    LabelName = Qt.ItemDataRole.UserRole + 20
    Layer = Qt.ItemDataRole.UserRole + 21
    Color = Qt.ItemDataRole.UserRole + 22
    Hotkey = Qt.ItemDataRole.UserRole + 23
    Description = Qt.ItemDataRole.UserRole + 24
    IsLayer = Qt.ItemDataRole.UserRole + 25


def role_names(*roles: Roles) -> dict[int, bytes]:
    """roleNames() entries, e.g. Roles.DocId -> b"docId" (what QML and debuggers show)."""
    out = {}
    for role in roles:
        name = role.name
        out[int(role)] = (name[0].lower() + name[1:]).encode()
    return out


def header_text(headers: tuple[str, ...] | list[str], section: int,
                orientation: Qt.Orientation, role: int) -> str | None:
    """headerData() of a model whose horizontal headers are plain texts."""
    if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)):
        return QCoreApplication.translate("Headers", headers[section])
    return None


STATUS_TEXT = {Status.NEW: QT_TRANSLATE_NOOP("Status", "New"),
               Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Status", "In progress"),
               Status.DONE: QT_TRANSLATE_NOOP("Status", "Done"),
               Status.SKIPPED: QT_TRANSLATE_NOOP("Status", "Skipped")}


# The default scheme's layers by name; a scheme's own layers show as they are written.
LAYER_TEXT = {"entity": QT_TRANSLATE_NOOP("Layers", "Entity"),
              "quote": QT_TRANSLATE_NOOP("Layers", "Quote"),
              "claim": QT_TRANSLATE_NOOP("Layers", "Claim")}


def layer_text(layer: str) -> str:
    """A layer's heading in the interface's language."""
    known = LAYER_TEXT.get(layer)
    return QCoreApplication.translate("Layers", known) if known else layer.capitalize()


def status_text(status: Status) -> str:
    """A status as the interface names it, in the interface's language."""
    return QCoreApplication.translate("Status", STATUS_TEXT[status])
# Okabe-Ito hues, like the label palette: distinguishable for colour-blind readers.
STATUS_COLOR = {Status.NEW: "#9AA0A6", Status.IN_PROGRESS: "#E69F00",
                Status.DONE: "#009E73", Status.SKIPPED: "#56B4E9"}

_icons: dict[str, QIcon] = {}


def swatch(color: str, size: int = 14, round_: bool = False) -> QIcon:
    """A filled square (or dot) icon of `color`, cached: models are asked for it often."""
    key = f"{color}{size}{round_}"
    if key not in _icons:
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QColor(color).darker(140))
        p.setBrush(QColor(color))
        if round_:
            p.drawEllipse(1, 1, size - 2, size - 2)
        else:
            p.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
        p.end()
        _icons[key] = QIcon(pix)
    return _icons[key]


def status_icon(status: Status) -> QIcon:
    return swatch(STATUS_COLOR[status], 12, round_=True)


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (Arabic, Hebrew ...)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def text_alignment(text: str) -> int:
    # AlignAbsolute: right means right even when the application layout is right-to-left.
    if is_rtl(text):
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                   | Qt.AlignmentFlag.AlignVCenter)
    return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
               | Qt.AlignmentFlag.AlignVCenter)
