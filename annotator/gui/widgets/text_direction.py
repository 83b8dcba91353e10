"""An item delegate that lays each cell's text out in its own direction.

An item view lays text out in the window's direction. When Qt has to elide a right-to-left
title in a left-to-right window (or the other way round), it draws the words of the elided
line in reverse order. Giving the cell the text's own direction keeps the words in order and
puts the "…" at the end of the reading.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from annotator.gui.models.roles import is_rtl


class TextDirectionDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.direction = (Qt.LayoutDirection.RightToLeft if is_rtl(option.text)
                                else Qt.LayoutDirection.LeftToRight)
