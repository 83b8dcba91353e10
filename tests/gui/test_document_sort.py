"""Ordering the document list by clicking its headers: title, status, span count; each with
the status filter and the search; in chunks; and next/previous following the order shown."""
import random

import pytest
from PySide6.QtCore import QPoint, Qt

import annotator.gui.models.document_order as document_order
import annotator.gui.models.document_rows as document_rows
from annotator.gui.models.document_order import title_key
from annotator.core.store import Project
from annotator.gui.models.documents import SPANS, STATUS, TITLE
from annotator.gui.widgets.document_panel import DocumentPanel
from annotator.gui.models import DocumentListModel

WORDS = ["بغداد", "دمشق", "القاهرة", "عمان", "بيروت", "تونس", "الرباط", "صنعاء"]
STATUS_ORDER = ["new", "in_progress", "done", "skipped"]


@pytest.fixture
def filled(project, monkeypatch):
    # small turns, so that every order is read over many of them
    monkeypatch.setattr(document_rows, "CHUNK", 4)
    monkeypatch.setattr(document_order, "SLICE", 3)
    rng = random.Random(7)
    for i in range(30):
        title = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}"
        doc_id, _ = project.documents.add(f"{title}\n" + " ".join(rng.choices(WORDS, k=12)))
        for _ in range(rng.randrange(4)):
            start = rng.randrange(len(title) - 3)
            project.spans.add(doc_id, start, start + 3, "LOC", annotator="sara")
        status = rng.choice(STATUS_ORDER + ["none"])
        if status != "none":
            project.statuses.set(doc_id, "sara", status)
    return project


def truth(path):
    """Each document's title, status for sara and span count, through a second connection."""
    with Project(path) as other:
        rows = {}
        for doc_id in other.documents.ids():
            doc = other.documents.get(doc_id)
            rows[doc_id] = (doc.title, other.statuses.get(doc_id, "sara").value,
                            other.spans.count(doc_id), doc.text)
        return rows


def click_header(qtbot, panel, column):
    header = panel.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    qtbot.waitUntil(lambda: not panel.model.loading())


def test_clicking_headers_orders_the_list(qtbot, filled):
    panel = DocumentPanel(DocumentListModel(filled, "sara"))
    qtbot.addWidget(panel)
    panel.resize(500, 600)
    panel.show()
    qtbot.waitUntil(lambda: not panel.model.loading())
    rows = truth(filled.path)
    ids = sorted(rows)
    assert panel.model.visible_ids() == ids

    click_header(qtbot, panel, TITLE)
    assert panel.model.visible_ids() == sorted(ids, key=lambda d: (title_key(rows[d][0]), d))
    click_header(qtbot, panel, TITLE)          # again: the reverse
    assert panel.model.visible_ids() == sorted(ids, key=lambda d: (title_key(rows[d][0]), d),
                                               reverse=True)
    click_header(qtbot, panel, TITLE)          # a third time: the order of import
    assert panel.model.visible_ids() == ids

    click_header(qtbot, panel, SPANS)
    assert panel.model.visible_ids() == sorted(ids, key=lambda d: (rows[d][2], d))
    assert [panel.model.index(r, SPANS).data() for r in range(3)] == \
        [str(rows[d][2]) for d in panel.model.visible_ids()[:3]]
    click_header(qtbot, panel, STATUS)
    assert panel.model.visible_ids() == sorted(
        ids, key=lambda d: (STATUS_ORDER.index(rows[d][1]), d))
    assert "30 documents" in panel.count_label.text()


@pytest.mark.parametrize("order,column", [("title", TITLE), ("status", STATUS),
                                          ("spans", SPANS)])
@pytest.mark.parametrize("descending", [False, True])
def test_every_order_with_the_filter_and_the_search(qtbot, filled, order, column,
                                                    descending):
    model = DocumentListModel(filled, "sara")
    rows = truth(filled.path)
    key = {"title": lambda d: (title_key(rows[d][0]), d),
           "status": lambda d: (STATUS_ORDER.index(rows[d][1]), d),
           "spans": lambda d: (rows[d][2], d)}[order]
    model.sort(column, Qt.SortOrder.DescendingOrder if descending else
               Qt.SortOrder.AscendingOrder)
    for status, query in [("done", ""), (None, "بغداد"), ("new", "دمشق")]:
        model.set_status_filter(status)
        model.set_search(query)
        model.finish_loading()
        want = [d for d in rows if (status is None or rows[d][1] == status)
                and (not query or query in rows[d][3])]
        assert model.visible_ids() == sorted(want, key=key, reverse=descending), \
            (status, query)


def test_titles_are_in_natural_order(qtbot, project, monkeypatch):
    """Numbers in titles compare as numbers, in Western or Arabic-Indic digits; a title
    starting with a number comes before words; ties go by id."""
    monkeypatch.setattr(document_order, "SLICE", 2)  # sorted slices merged
    titles = ["مقال 979", "مقال 10", "قتلى", "مقال ٩", "5 قتلى", "مقال 98", "مقال",
              "مقال 10 جديد", "مقال 10", "12 قتيلا"]
    ids = [project.documents.add(f"{t}\nنص المقال رقم {i}")[0] for i, t in enumerate(titles)]
    panel = DocumentPanel(DocumentListModel(project, "sara"))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.model.loading())
    click_header(qtbot, panel, TITLE)
    shown = [titles[ids.index(d)] for d in panel.model.visible_ids()]
    assert shown == ["5 قتلى", "12 قتيلا", "قتلى", "مقال", "مقال ٩", "مقال 10", "مقال 10",
                     "مقال 10 جديد", "مقال 98", "مقال 979"]
    assert panel.model.visible_ids()[5:7] == [ids[1], ids[8]]  # the same title: by id
    click_header(qtbot, panel, TITLE)
    assert [titles[ids.index(d)] for d in panel.model.visible_ids()] == shown[::-1]


def test_next_and_previous_follow_the_order_shown(qtbot, filled):
    model = DocumentListModel(filled, "sara")
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    model.finish_loading()
    shown = model.visible_ids()
    assert model.neighbour(shown[4], 1) == shown[5]
    assert model.neighbour(shown[4], -1) == shown[3]
    assert model.position(shown[7]) == 7
    assert model.neighbour(shown[-1], 1) is None
