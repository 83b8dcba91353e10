"""The item models, without views: qtmodeltester's checks, then what each one shows."""
from PySide6.QtCore import Qt

from annotator.core.model import Status
from annotator.gui.models import DocumentListModel, LabelListModel, Roles, SpanListModel

TEXT = "قال الرئيس في بَغْدَادَ إن الوزارة ستعلن"
OTHER = "Plain English text about Baghdad."


def fill(project):
    a, _ = project.documents.add(TEXT)
    b, _ = project.documents.add(OTHER)
    project.spans.add(a, 4, 10, "PER", annotator="sara")
    project.spans.add(a, 14, 23, "LOC", annotator="sara")
    project.spans.add(a, 0, 23, "QUOTE", annotator="sara")
    project.statuses.set(a, "sara", "done")
    return a, b


def test_document_model_passes_modeltester(qtmodeltester, project):
    fill(project)
    model = DocumentListModel(project, "sara")
    qtmodeltester.check(model)
    model.set_status_filter("done")
    qtmodeltester.check(model)
    model.set_search("بغداد")
    qtmodeltester.check(model)


def test_document_model_rows_filter_and_search(project):
    a, b = fill(project)
    model = DocumentListModel(project, "sara")
    assert model.rowCount() == 2 and model.columnCount() == 3
    first = model.index(0, 0)
    assert first.data(Roles.DocId) == a
    assert first.data(Roles.Status) == "done"
    assert first.data(Roles.SpanCount) == 3
    assert model.index(0, 1).data() == "Done"
    assert model.index(0, 2).data() == "3"
    assert model.index(1, 1).data() == "New"
    assert b"docId" in model.roleNames().values()
    # Arabic titles stand at the right edge, Latin ones at the left.
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(1, 0).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft

    model.set_status_filter(Status.NEW)
    assert model.visible_ids() == [b]
    model.set_status_filter(None)
    model.set_search("بغداد")            # no tashkeel in the query, tashkeel in the text
    assert model.visible_ids() == [a]
    model.set_search("")
    assert model.visible_ids() == [a, b]


def test_document_model_refreshes_one_row(qtbot, project):
    a, b = fill(project)
    model = DocumentListModel(project, "sara")
    project.statuses.set(b, "sara", "skipped")
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_document(b)
    assert model.index(model.row_of(b), 1).data() == "Skipped"
    model.set_status_filter("skipped")
    project.statuses.set(b, "sara", "done")
    model.refresh_document(b)              # leaves the filtered list
    assert model.visible_ids() == []


def test_status_is_per_annotator(project):
    a, _ = fill(project)
    assert DocumentListModel(project, "omar").index(0, 1).data() == "New"


def test_span_model_passes_modeltester(qtmodeltester, project):
    a, _ = fill(project)
    model = SpanListModel(project)
    qtmodeltester.check(model)
    model.set_document(a)
    qtmodeltester.check(model)


def test_span_model_rows(project):
    a, _ = fill(project)
    model = SpanListModel(project)
    model.set_document(a)
    assert model.rowCount() == 3
    # Outer span first at the same start, then by position.
    assert [model.index(r, 1).data() for r in range(3)] == ["QUOTE", "PER", "LOC"]
    assert model.index(1, 0).data() == "الرئيس"
    assert model.index(1, 2).data().lstrip("\u200e") == "4–10"
    assert model.index(2, 0).data(Roles.Start) == 14
    assert model.index(2, 0).data(Roles.Color) == "#009E73"
    assert model.row_of(model.index(2, 0).data(Roles.SpanId)) == 2
    model.set_document(None)
    assert model.rowCount() == 0


def test_label_model_passes_modeltester(qtmodeltester, project):
    qtmodeltester.check(LabelListModel(project))


def test_label_model_groups_by_layer(project):
    model = LabelListModel(project)
    assert model.layers() == ["entity", "quote", "claim"]
    entity = model.index(0, 0)
    assert entity.data(Roles.IsLayer) is True
    assert [model.index(r, 0, entity).data() for r in range(model.rowCount(entity))] == \
        ["PER", "ORG", "LOC", "MISC"]
    per = model.index(0, 0, entity)
    assert per.data(Roles.Hotkey) == "1" and model.index(0, 1, entity).data() == "1"
    assert per.data(Roles.Color) == "#E69F00"
    assert "person" in per.data(Qt.ItemDataRole.ToolTipRole)
    assert model.label_index("CLAIM").parent().data(Roles.Layer) == "claim"
