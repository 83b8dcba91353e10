"""The panels on their own: cells of the document and span lists keep their text's direction."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from annotator.gui.models import DocumentListModel, SpanListModel
from annotator.gui.models.documents import STATUS, TITLE
from annotator.gui.models.spans import TEXT
from annotator.gui.widgets import DocumentPanel, SpanPanel

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
ARABIC = "وصل وفد الأمم المتحدة إلى القاهرة صباح اليوم لبحث ملف المساعدات الإنسانية"


def cell_direction(view, index) -> Qt.LayoutDirection:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate = view.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    return option.direction


@pytest.fixture
def panel(qtbot, project):
    project.documents.add(ARABIC)
    project.documents.add("An English title that is long enough to be cut in a narrow list")
    panel = DocumentPanel(DocumentListModel(project, "sara"))
    qtbot.addWidget(panel)
    panel.resize(220, 200)  # narrow: both titles are elided
    panel.show()
    return panel


@pytest.mark.parametrize("window_direction", [LTR, RTL])
def test_document_titles_are_laid_out_in_their_own_direction(panel, window_direction):
    # Qt draws an elided title laid out against its direction with its words reversed.
    QApplication.setLayoutDirection(window_direction)
    try:
        model, view = panel.model, panel.view
        arabic, english = (model.index(r, TITLE) for r in range(2))
        assert cell_direction(view, arabic) == RTL
        assert cell_direction(view, english) == LTR
        # The status cell (icon and word) follows the window, as every other cell does.
        assert cell_direction(view, model.index(0, STATUS)) == window_direction
    finally:
        QApplication.setLayoutDirection(LTR)


def test_span_texts_are_laid_out_right_to_left(qtbot, project):
    doc, _ = project.documents.add(ARABIC)
    project.spans.add(doc, 0, len(ARABIC), "QUOTE")
    model = SpanListModel(project)
    model.set_document(doc)
    panel = SpanPanel(model)
    qtbot.addWidget(panel)
    assert cell_direction(panel.view, model.index(0, TEXT)) == RTL


def test_document_count_reads_well(qtbot, project):
    panel = DocumentPanel(DocumentListModel(project, "sara"))
    qtbot.addWidget(panel)
    assert "Import" in panel.count_label.text()        # empty: how to fill the project
    project.documents.add(ARABIC)
    panel.model.reload()
    assert panel.count_label.text() == "1 document"
    project.documents.add("وصل الوفد إلى القاهرة")
    panel.model.reload()
    assert panel.count_label.text() == "2 documents"
    panel.set_status_filter("done")
    assert panel.count_label.text() == "0 of 2 documents shown"
