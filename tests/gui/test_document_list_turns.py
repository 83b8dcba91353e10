"""The arriving document list: a turn reads or shows, rows added below the visible ones
leave the list unpainted."""
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

import annotator.gui.models.document_rows as document_rows
import annotator.gui.models.documents as documents
from annotator.gui.models import DocumentListModel
from annotator.gui.widgets.document_view import DocumentTableView


class Paints(QObject):
    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def table(qtbot, rows: int, height: int = 200):
    model = QStandardItemModel()
    for i in range(rows):
        model.appendRow(QStandardItem(f"خبر {i}"))
    view = DocumentTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(300, height)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    return view, model, Paints(view.viewport())


def test_rows_added_below_do_not_repaint_what_is_shown(qtbot):
    view, model, paints = table(qtbot, 100)
    bottom = view.verticalScrollBar().maximum()
    model.appendRow([QStandardItem("جديد")])
    qtbot.wait(50)
    assert paints.count == 0
    assert view.verticalScrollBar().maximum() > bottom  # the scroll bar knows of the row
    view.scrollToBottom()
    qtbot.waitUntil(lambda: paints.count > 0)
    assert view.rowAt(view.viewport().height() - 1) == 100  # and it is there to be seen


def test_rows_added_where_they_are_seen_are_painted(qtbot):
    view, model, paints = table(qtbot, 100)
    model.insertRow(0, [QStandardItem("في الأعلى")])
    qtbot.waitUntil(lambda: paints.count > 0)
    short, short_model, short_paints = table(qtbot, 2)  # the list does not fill the view
    short_model.appendRow([QStandardItem("ثالث")])
    qtbot.waitUntil(lambda: short_paints.count > 0)


def test_a_turn_reads_or_shows_never_both(qtbot, project, monkeypatch):
    monkeypatch.setattr(document_rows, "CHUNK", 3)
    monkeypatch.setattr(documents, "SHOW_EVERY", 0.0)  # rows are due at every turn
    ids = [project.documents.add(f"خبر رقم {i}")[0] for i in range(12)]
    model = DocumentListModel(project, "sara")
    model._pump.stop()  # the turns are driven here, one call each
    shown = model.rowCount()
    turns = []
    while model.loading():
        read_before = len(model._rows)
        model._more()
        read, added = len(model._rows) > read_before, model.rowCount() > shown
        shown = model.rowCount()
        assert not (read and added)
        turns.append("read" if read else "show" if added else "none")
        if read:  # read but not shown yet: not a row of the list
            assert model.row_of(ids[len(model._rows) - 1]) is None
    assert "read" in turns and "show" in turns
    assert model.visible_ids() == ids
    assert [model.row_of(i) for i in ids] == list(range(12))
