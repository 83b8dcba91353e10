"""Making one row of a list view current, as both side panels do."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def show_row(view: QAbstractItemView, model: QAbstractItemModel, row: int | None,
             column: int) -> None:
    """Select `row` whole and scroll to it; None clears the selection."""
    if row is None:
        view.clearSelection()
        return
    index = model.index(row, column)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(index)
