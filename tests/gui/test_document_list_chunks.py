"""The document list arrives a chunk per event-loop turn and reads rows a page at a time."""
import annotator.gui.models.document_rows as document_rows
from annotator.gui.models import DocumentListModel, Roles


def fill(project, n=10):
    ids = [project.documents.add(f"خبر رقم {i} عن {'بغداد' if i % 2 else 'دمشق'}")[0]
           for i in range(n)]
    for doc_id in ids[::3]:
        project.statuses.set(doc_id, "sara", "done")
    return ids


def test_rows_arrive_in_chunks(qtbot, project, monkeypatch):
    monkeypatch.setattr(document_rows, "CHUNK", 3)
    monkeypatch.setattr(document_rows, "PAGE", 2)
    ids = fill(project)
    model = DocumentListModel(project, "sara")
    assert model.visible_ids() == ids[:3] and model.loading()
    qtbot.waitUntil(lambda: not model.loading())
    assert model.visible_ids() == ids and model.rowCount() == 10
    assert [model.index(r, 0).data(Roles.DocId) for r in range(10)] == ids
    assert model.index(9, 1).data(Roles.Status) == "done"
    assert model.total() == 10 and model.position(ids[4]) == 4


def test_next_reaches_past_what_has_arrived(qtbot, project, monkeypatch):
    monkeypatch.setattr(document_rows, "CHUNK", 3)
    ids = fill(project)
    model = DocumentListModel(project, "sara")
    assert model.neighbour(ids[2], 1) == ids[3]          # read on demand
    assert model.neighbour(ids[0], -1) is None


def test_filter_and_search_in_chunks(qtbot, project, monkeypatch):
    monkeypatch.setattr(document_rows, "CHUNK", 2)
    ids = fill(project)
    model = DocumentListModel(project, "sara")
    model.set_status_filter("done")
    model.finish_loading()
    assert model.visible_ids() == ids[::3] and model.count_status("done") == 4
    model.set_search("بغداد")
    model.finish_loading()
    assert model.visible_ids() == [i for i in ids[::3] if ids.index(i) % 2]
    model.set_status_filter("new")
    model.finish_loading()
    assert model.visible_ids() == [i for k, i in enumerate(ids) if k % 2 and k % 3]
    model.set_status_filter(None)
    model.set_search("")
    qtbot.waitUntil(lambda: not model.loading())
    assert model.visible_ids() == ids
