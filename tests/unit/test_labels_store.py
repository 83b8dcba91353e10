"""Safe scheme changes in the store: clashes refused, renames atomic, removals need force."""
import sqlite3

import pytest

from annotator.core.model import Label
from annotator.core.palette import PALETTE
from annotator.core.scheme import SchemeError, dump_scheme, parse_scheme
from annotator.core.store import Project
from annotator.core.store.labels import Labels
from annotator.core.store.scheme_diff import LabelInUse, UnknownLabel

TEXT = "قال الرئيس في بغداد إن الوزارة ستعلن"


@pytest.fixture
def annotated(project):
    doc, _ = project.documents.add(TEXT)
    other, _ = project.documents.add(TEXT + " غداً")
    for d in (doc, other):
        project.spans.add(d, 4, 10, "PER")
        project.spans.add(d, 14, 19, "LOC")
        q = project.spans.add(d, 20, 36, "QUOTE")
        per = project.spans.of(d)[0]
        project.spans.add_relation(d, q.id, per.id, "said_by")
    return project


def labels_of_spans(project):
    return sorted(r[0] for r in project.conn.execute("SELECT label FROM spans"))


def test_add_label_takes_palette_colour_and_free_hotkey(project):
    lab = project.labels.add("GPE", "entity", description="دولة أو مدينة")
    assert lab == project.labels.scheme().label("GPE")
    assert lab.color in PALETTE and lab.color not in {
        x.color for x in project.labels.scheme().labels if x.name != "GPE"}
    assert lab.hotkey == "7" and project.labels.scheme().labels[-1].name == "GPE"
    none = project.labels.add("NORP", "entity", hotkey="", color="#112233")
    assert (none.hotkey, none.color) == ("", "#112233")


@pytest.mark.parametrize("kwargs, message", [
    ({"name": "PER", "layer": "entity"}, "already a label 'PER'"),
    ({"name": "GPE", "layer": "entity", "hotkey": "3"}, "hotkey 3 is already used by LOC"),
    ({"name": "GPE", "layer": "places"}, "unknown layer 'places'"),
    ({"name": "GPE", "layer": "entity", "color": "red"}, "expected #RRGGBB"),
    ({"name": "G P E", "layer": "entity"}, "may not be empty"),
    ({"name": "GPE", "layer": "entity", "hotkey": "Ctrl+G"}, "F1-F12"),
])
def test_add_label_refusals_leave_scheme_unchanged(project, kwargs, message):
    before = dump_scheme(project.labels.scheme())
    with pytest.raises(SchemeError, match=message):
        project.labels.add(**kwargs)
    assert dump_scheme(project.labels.scheme()) == before


def test_update_label_fields_and_clash(project):
    lab = project.labels.update("LOC", color="#44aa99", hotkey="l", description="مكان",
                               layer="claim", attributes={"kind": ["city", "country"]})
    assert project.labels.scheme().label("LOC") == lab == Label(
        "LOC", "claim", "#44AA99", "L", "مكان", {"kind": ["city", "country"]})
    with pytest.raises(SchemeError, match="hotkey 1 is already used by PER"):
        project.labels.update("LOC", hotkey="1")
    with pytest.raises(UnknownLabel):
        project.labels.update("NOPE", color="#000000")
    project.labels.update("LOC", hotkey="")   # clearing frees the key for another label
    assert project.labels.update("PER", hotkey="L").hotkey == "L"


def test_rename_reaches_spans_and_relation_types(annotated):
    assert annotated.labels.rename("PER", "PERS") == 2
    assert labels_of_spans(annotated) == ["LOC", "LOC", "PERS", "PERS", "QUOTE", "QUOTE"]
    scheme = annotated.labels.scheme()
    assert scheme.label("PER") is None and scheme.labels[0].name == "PERS"
    assert [r.tails for r in scheme.relations] == [["PERS", "ORG"], ["PERS", "ORG"]]
    assert all(len(annotated.spans.relations(d)) == 1 for d in annotated.documents.ids())
    with pytest.raises(SchemeError, match="already a label 'LOC'"):
        annotated.labels.rename("PERS", "LOC")


def test_rename_failing_halfway_through_spans_leaves_old_names(annotated):
    # A trigger makes the cascade fail on the second span it renames.
    second = annotated.conn.execute("SELECT max(id) FROM spans WHERE label = 'PER'").fetchone()[0]
    annotated.conn.execute(
        f"CREATE TEMP TRIGGER boom BEFORE UPDATE OF label ON spans WHEN OLD.id = {second} "
        "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    before = dump_scheme(annotated.labels.scheme())
    with pytest.raises(sqlite3.IntegrityError, match="disk on fire"):
        annotated.labels.rename("PER", "PERS")
    assert labels_of_spans(annotated) == ["LOC", "LOC", "PER", "PER", "QUOTE", "QUOTE"]
    assert dump_scheme(annotated.labels.scheme()) == before


def test_rename_failing_after_spans_leaves_old_names(annotated, monkeypatch):
    def fail(*args):
        raise RuntimeError("crash after the spans were renamed")
    monkeypatch.setattr(Labels, "_rename_in_relation_types", fail)
    before = dump_scheme(annotated.labels.scheme())
    with pytest.raises(RuntimeError):
        annotated.labels.rename("PER", "PERS")
    assert "PER" in labels_of_spans(annotated) and "PERS" not in labels_of_spans(annotated)
    assert dump_scheme(annotated.labels.scheme()) == before
    # and a fresh connection sees the same
    other = sqlite3.connect(annotated.path)
    assert other.execute("SELECT count(*) FROM spans WHERE label = 'PERS'").fetchone()[0] == 0
    other.close()


def test_remove_used_label_needs_force_and_reports_count(annotated):
    with pytest.raises(LabelInUse, match="LOC is used by 2 spans") as exc:
        annotated.labels.remove("LOC")
    assert exc.value.usage == {"LOC": 2} and "LOC" in annotated.labels.names()
    assert annotated.labels.remove("MISC") == 0 and "MISC" not in annotated.labels.names()
    assert annotated.labels.remove("LOC", force=True) == 2
    assert labels_of_spans(annotated) == ["PER", "PER", "QUOTE", "QUOTE"]


def test_remove_label_drops_it_from_relation_types(annotated):
    annotated.labels.remove("PER", force=True)     # also deletes the said_by relations
    rels = {r.name: (r.heads, r.tails) for r in annotated.labels.scheme().relations}
    assert rels == {"said_by": (["QUOTE"], ["ORG"]), "claimed_by": (["CLAIM"], ["ORG"])}
    assert all(annotated.spans.relations(d) == [] for d in annotated.documents.ids())
    annotated.labels.remove("CLAIM")   # claimed_by has nothing left to join from
    assert [r.name for r in annotated.labels.scheme().relations] == ["said_by"]


def test_move_label(project):
    project.labels.move("CLAIM", 0)
    project.labels.move("PER", 99)
    assert [lab.name for lab in project.labels.scheme().labels] == [
        "CLAIM", "ORG", "LOC", "MISC", "QUOTE", "PER"]
    with pytest.raises(SchemeError):
        project.labels.set_order(["PER"])


def test_apply_scheme_reports_and_refuses_used_removals(annotated):
    text = dump_scheme(annotated.labels.scheme())
    text = text.replace('name = "MISC"', 'name = "GPE"').replace('"#009E73"', '"#117733"')
    text = text.replace('hotkey = "3"', 'hotkey = "9"')
    new = parse_scheme(text)
    changes = annotated.labels.apply(new)
    assert changes.added == ["GPE (entity)"] and changes.removed == {"MISC": 0}
    assert changes.changed == {"LOC": ["colour #009E73 -> #117733", "hotkey 3 -> 9"]}
    assert dump_scheme(annotated.labels.scheme()) == dump_scheme(new)
    assert not annotated.labels.apply(new)         # a second time: nothing to do
    without_loc = parse_scheme(text.replace('name = "LOC"', 'name = "PLACE"'))
    before = dump_scheme(annotated.labels.scheme())
    with pytest.raises(LabelInUse, match="LOC is used by 2 spans"):
        annotated.labels.apply(without_loc)
    assert dump_scheme(annotated.labels.scheme()) == before and len(labels_of_spans(annotated)) == 6
    changes = annotated.labels.apply(without_loc, force=True)
    assert changes.removed == {"LOC": 2}
    assert "label removed: LOC (2 spans deleted)" in changes.lines()
    assert labels_of_spans(annotated) == ["PER", "PER", "QUOTE", "QUOTE"]


def test_apply_scheme_removing_used_relation_type_needs_force(annotated):
    scheme = annotated.labels.scheme()
    scheme.relations = [r for r in scheme.relations if r.name != "said_by"]
    with pytest.raises(LabelInUse, match="relation said_by is used by 2"):
        annotated.labels.apply(scheme)
    assert annotated.labels.apply(scheme, force=True).relations_removed == {"said_by": 2}
    assert all(annotated.spans.relations(d) == [] for d in annotated.documents.ids())


def test_apply_inconsistent_scheme_is_refused(project):
    scheme = project.labels.scheme()
    scheme.labels[1].hotkey = scheme.labels[0].hotkey
    before = dump_scheme(project.labels.scheme())
    with pytest.raises(SchemeError, match="hotkey '1' is used by both PER and ORG"):
        project.labels.apply(scheme)
    assert dump_scheme(project.labels.scheme()) == before
