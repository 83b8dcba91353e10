"""The document list's table: rows arriving below the visible ones do not repaint it.

A long list arrives in chunks appended at its end (models/documents.py). Qt lays an item view
out again whenever its row count changes, and the default layout (`doItemsLayout`: update the
scroll bars, repaint the viewport) repainted every visible row at each chunk: at 100,000
documents that repaint made most of the longest event-loop turns. Rows added below the last
visible one change nothing shown, so for them only the scroll bars are updated.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtWidgets import QTableView


class DocumentTableView(QTableView):
    _below_only = False  # the layout Qt has scheduled is for rows added below the visible

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            self._connect(old, False)
        super().setModel(model)
        if model is not None:
            self._connect(model, True)

    def _connect(self, model: QAbstractItemModel, on: bool) -> None:
        pairs = [(model.rowsAboutToBeInserted, self._rows_coming),
                 (model.rowsInserted, self._rows_inserted), (model.modelReset, self._reset)]
        pairs += [(signal, self._other_change) for signal in (
            model.layoutChanged, model.rowsRemoved, model.rowsMoved,
            model.columnsInserted, model.columnsRemoved)]
        for signal, slot in pairs:
            signal.connect(slot) if on else signal.disconnect(slot)

    def _rows_coming(self, *_args) -> None:
        # A layout still owed for an earlier change is done now, in full: the one Qt then
        # schedules is for these rows alone.
        self.executeDelayedItemsLayout()

    def _rows_inserted(self, parent: QModelIndex, first: int, _last: int) -> None:
        bottom = self.rowAt(self.viewport().height() - 1)  # -1: the rows do not fill the view
        self._below_only = not parent.isValid() and 0 <= bottom < first

    def _other_change(self, *_args) -> None:
        self._below_only = False

    def _reset(self) -> None:
        # Laid out at once, so that the new rows are painted once, not now and again when
        # the layout Qt schedules comes due.
        self._below_only = False
        self.executeDelayedItemsLayout()

    def doItemsLayout(self) -> None:
        if self._below_only:
            self._below_only = False
            self.updateGeometries()  # the scroll bar's range; what is shown stays as it is
            return
        super().doItemsLayout()
