"""What the store keeps beside the rows for export: token layouts and span nesting depths, and
the upgrade of a version 1 project that had neither."""
import sqlite3

from annotator.core.store import Project
from annotator.core.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, _statements
from annotator.core.text.layout import LAYOUT_VERSION, layout_of

TEXT = "قال الرئيس في بغداد: «نعم». ثم غادر."


def test_new_documents_get_their_layout(project):
    doc_id, _ = project.documents.add(TEXT)
    assert project.layouts.get(doc_id) == layout_of(TEXT)


def test_an_outdated_layout_is_not_used_and_is_refreshed(project):
    doc_id, _ = project.documents.add(TEXT)
    project.conn.execute("UPDATE doc_layouts SET version = ?, tokens = 'x'", (LAYOUT_VERSION - 1,))
    assert project.layouts.get(doc_id) is None
    assert project.layouts.refresh() == 1
    assert project.layouts.get(doc_id) == layout_of(TEXT)


def depths(project):
    return project.layouts.layer_depths()


def test_depths_follow_every_kind_of_span_edit(project):
    doc_id, _ = project.documents.add(TEXT)
    other, _ = project.documents.add("نص آخر تماما هنا.")
    assert depths(project) == {}
    outer = project.spans.add(doc_id, 4, 19, "ORG")        # الرئيس في بغداد
    inner = project.spans.add(doc_id, 14, 19, "LOC")       # بغداد
    assert depths(project) == {"entity": 2}
    project.spans.add(doc_id, 15, 19, "LOC")               # غداد inside بغداد: a third level
    assert depths(project) == {"entity": 3}
    project.spans.update(inner.id, start=0, end=3)         # moved out of the nest
    assert depths(project) == {"entity": 2}
    project.spans.delete(outer.id)
    assert depths(project) == {}
    # touching spans share a level; an overlap in another document counts too
    project.spans.add(other, 0, 2, "PER")
    project.spans.add(other, 3, 7, "PER")
    assert depths(project) == {}
    project.spans.add(other, 0, 7, "QUOTE")
    project.spans.add(other, 3, 13, "QUOTE")
    assert depths(project) == {"quote": 2}


def test_relabel_and_moving_a_label_to_another_layer(project):
    doc_id, _ = project.documents.add(TEXT)
    project.spans.add(doc_id, 4, 19, "ORG")
    inner = project.spans.add(doc_id, 14, 19, "LOC")
    assert depths(project) == {"entity": 2}
    project.spans.update(inner.id, label="QUOTE")          # now in another layer: no nesting
    assert depths(project) == {}
    project.spans.update(inner.id, label="LOC")
    assert depths(project) == {"entity": 2}
    project.labels.update("LOC", layer="quote")
    assert depths(project) == {}
    project.labels.rename("ORG", "ORGANISATION")           # a rename keeps the depths
    project.labels.update("LOC", layer="entity")
    assert depths(project) == {"entity": 2}


def test_depths_refresh_only_what_changed(project):
    doc_id, _ = project.documents.add(TEXT)
    project.spans.add(doc_id, 4, 19, "ORG")
    project.spans.add(doc_id, 14, 19, "LOC")
    assert project.layouts.refresh_depths() == 1
    assert project.layouts.refresh_depths() == 0
    assert project.layouts.nested_documents(["entity"]) == [doc_id]
    assert project.layouts.nested_documents(["quote"]) == []


def make_v1_project(path):
    """A project as version 1 wrote it: no layouts, no depths, the old span index."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO layers VALUES ('entity', 0, '')")
    conn.execute("INSERT INTO labels (name, layer, color, position) VALUES ('LOC', 'entity', "
                 "'#ff0000', 0)")
    conn.execute("INSERT INTO documents (id, sha256, title, text, added_at) VALUES "
                 "(7, 'x', 't', ?, 'now')", (TEXT,))
    conn.executemany("INSERT INTO spans (doc_id, start, end, label, created_at) VALUES "
                     "(7, ?, ?, 'LOC', 'now')", [(4, 19), (14, 19)])
    conn.close()


def test_version_1_project_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.annotator"
    make_v1_project(path)
    with Project(path) as project:
        assert project.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert project.layouts.get(7) == layout_of(TEXT)
        assert project.layouts.layer_depths() == {"entity": 2}
        assert [s.start for s in project.spans.of(7)] == [4, 14]
        index = project.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'spans_doc'").fetchone()[0]
        assert "end DESC" in index


def test_failed_upgrade_leaves_the_version_1_file_as_it_was(tmp_path, monkeypatch):
    import annotator.core.store.schema as schema
    path = tmp_path / "old.annotator"
    make_v1_project(path)
    before = path.read_bytes()

    def broken(conn):
        raise sqlite3.OperationalError("disk full")
    monkeypatch.setattr(schema, "MIGRATIONS", [MIGRATIONS[0], (MIGRATIONS[1][0], broken)])
    try:
        Project(path)
    except Exception as exc:
        assert "disk full" in str(exc)
    else:
        raise AssertionError("the upgrade should have failed")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'doc_layouts'"
                        ).fetchone()[0] == 0
    conn.close()
    assert before  # the file is still there and a version 1 project


def test_a_scheme_that_moves_a_label_recounts_its_documents(project):
    doc_id, _ = project.documents.add(TEXT)
    project.spans.add(doc_id, 4, 19, "ORG")
    project.spans.add(doc_id, 14, 19, "CLAIM")
    assert depths(project) == {}
    scheme = project.labels.scheme()
    scheme.label("CLAIM").layer = "entity"
    project.labels.apply(scheme, force=True)
    assert depths(project) == {"entity": 2}


def test_nothing_stale_means_no_write(project):
    doc_id, _ = project.documents.add(TEXT)
    project.spans.add(doc_id, 4, 19, "ORG")
    project.layouts.refresh_depths()
    before = project.conn.total_changes
    assert project.layouts.layer_depths() == {} and project.conn.total_changes == before
