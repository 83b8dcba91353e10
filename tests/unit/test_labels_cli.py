"""`annotator labels ...`: each command changes the store exactly as intended."""
import subprocess
import sys

import pytest

from annotator.cli import main
from annotator.core.model import Label
from annotator.core.resources import default_scheme_path, resources_dir
from annotator.core.scheme import dump_scheme, load_scheme
from annotator.core.store import Project


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path):
    """A project with two PER spans, one LOC span and a said_by relation."""
    path = tmp_path / "p.annotator"
    with Project(path) as p:
        doc, _ = p.documents.add("قال الرئيس في بغداد إن الوزارة ستعلن")
        per = p.spans.add(doc, 4, 10, "PER")
        p.spans.add(doc, 14, 19, "LOC")
        q = p.spans.add(doc, 20, 36, "QUOTE")
        p.spans.add(doc, 23, 30, "PER")
        p.spans.add_relation(doc, q.id, per.id, "said_by")
    return path


def scheme_of(path):
    with Project(path) as p:
        return p.labels.scheme()


def span_labels(path):
    with Project(path) as p:
        return sorted(r[0] for r in p.conn.execute("SELECT label FROM spans"))


def test_list_shows_labels_with_counts_and_relations(capsys, db):
    for args in (["labels"], ["labels", "list"]):
        code, out, _ = run(capsys, *args, "--db", db)
        assert code == 0
        assert "[1]   PER" in out and "     2 spans" in out
        assert "kind: direct | indirect" in out and "relation said_by: QUOTE -> PER | ORG" in out


def test_add_then_set(capsys, db):
    code, out, _ = run(capsys, "labels", "add", "GPE", "--layer", "entity", "--description",
                       "دولة أو مدينة", "--db", db)
    assert code == 0 and "added GPE to entity" in out
    assert scheme_of(db).labels[-1] == Label("GPE", "entity", "#0072B2", "7", "دولة أو مدينة")
    code, out, _ = run(capsys, "labels", "--db", db, "set", "GPE", "--colour", "#117733",
                       "--hotkey", "g", "--layer", "claim")
    assert code == 0 and "colour #0072B2 -> #117733" in out and "hotkey 7 -> G" in out
    assert scheme_of(db).label("GPE") == Label("GPE", "claim", "#117733", "G", "دولة أو مدينة")
    code, out, _ = run(capsys, "labels", "set", "GPE", "--hotkey", "", "--db", db)
    assert code == 0 and scheme_of(db).label("GPE").hotkey == ""


@pytest.mark.parametrize("args, message", [
    (["add", "PER", "--layer", "entity"], "already a label 'PER'"),
    (["add", "GPE", "--layer", "entity", "--hotkey", "1"], "hotkey 1 is already used by PER"),
    (["add", "GPE", "--layer", "places"], "unknown layer 'places'"),
    (["set", "LOC", "--hotkey", "2"], "hotkey 2 is already used by ORG"),
    (["set", "LOC", "--color", "green"], "expected #RRGGBB"),
    (["rename", "LOC", "PER"], "already a label 'PER'"),
    (["remove", "PER"], "PER is used by 2 spans"),
])
def test_refusals_exit_1_and_change_nothing(capsys, db, args, message):
    before = dump_scheme(scheme_of(db))
    code, out, err = run(capsys, "labels", *args, "--db", db)
    assert code == 1 and message in err and out == ""
    assert dump_scheme(scheme_of(db)) == before
    assert span_labels(db) == ["LOC", "PER", "PER", "QUOTE"]


@pytest.mark.parametrize("args", [["rename", "NOPE", "X"], ["remove", "NOPE"],
                                  ["set", "NOPE", "--hotkey", "9"], ["set", "PER"]])
def test_wrong_commands_exit_2(capsys, db, args):
    assert run(capsys, "labels", *args, "--db", db)[0] == 2


def test_rename_renames_every_span(capsys, db):
    code, out, _ = run(capsys, "labels", "rename", "PER", "PERS", "--db", db)
    assert code == 0 and out.strip() == "renamed PER to PERS (2 spans)"
    assert span_labels(db) == ["LOC", "PERS", "PERS", "QUOTE"]
    assert scheme_of(db).relations[0].tails == ["PERS", "ORG"]


def test_remove_unused_and_forced(capsys, db):
    assert run(capsys, "labels", "remove", "MISC", "--db", db)[1].strip() == "removed MISC"
    code, out, _ = run(capsys, "labels", "remove", "PER", "--force", "--db", db)
    assert code == 0 and "the 2 spans that used it" in out
    assert span_labels(db) == ["LOC", "QUOTE"]
    assert [lab.name for lab in scheme_of(db).labels] == ["ORG", "LOC", "QUOTE", "CLAIM"]


def test_export_to_file_and_stdout_are_the_same_bytes(capsys, db, tmp_path):
    out_file = tmp_path / "scheme.toml"
    assert run(capsys, "labels", "export", out_file, "--db", db)[0] == 0
    code, out, _ = run(capsys, "labels", "export", "-", "--db", db)
    assert code == 0 and out.encode("utf-8") == out_file.read_bytes()
    assert load_scheme(out_file) == scheme_of(db)


def test_export_then_import_into_a_fresh_project_gives_the_same_scheme(capsys, db, tmp_path):
    run(capsys, "labels", "add", "GPE", "--layer", "entity", "--db", db)
    run(capsys, "labels", "set", "QUOTE", "--description", "كلام منسوب", "--db", db)
    out_file = tmp_path / "scheme.toml"
    run(capsys, "labels", "export", out_file, "--db", db)
    fresh = tmp_path / "fresh.annotator"
    code, out, _ = run(capsys, "labels", "import", out_file, "--db", fresh)
    assert code == 0 and f"created {fresh}" in out
    assert scheme_of(fresh) == scheme_of(db)
    with Project(fresh) as p:
        assert p.documents.count() == 0
    # applying it to an existing default project reports the one added label
    other = tmp_path / "other.annotator"
    Project(other).close()
    code, out, _ = run(capsys, "labels", "import", out_file, "--db", other)
    assert code == 0 and "label added: GPE (entity)" in out
    assert "label changed: QUOTE: description" in out and "1 label(s) added" in out
    assert scheme_of(other) == scheme_of(db)
    assert "no changes" in run(capsys, "labels", "import", out_file, "--db", other)[1]


def test_two_projects_given_one_scheme_file_export_the_same_bytes(capsys, tmp_path):
    wojood = resources_dir() / "schemes" / "wojood.toml"
    a, b = tmp_path / "a.annotator", tmp_path / "b.annotator"
    run(capsys, "labels", "import", wojood, "--db", a)     # a new project
    Project(b).close()                                       # an existing default project
    assert run(capsys, "labels", "import", wojood, "--db", b, "--force")[0] == 0
    out_a = run(capsys, "labels", "export", "-", "--db", a)[1]
    out_b = run(capsys, "labels", "export", "-", "--db", b)[1]
    assert out_a.encode() == out_b.encode() and len(load_scheme(wojood).labels) >= 21


def test_import_refuses_to_remove_used_labels_without_force(capsys, db, tmp_path):
    text = default_scheme_path().read_text(encoding="utf-8").replace('"PER"', '"PERSON"')
    new = tmp_path / "new.toml"
    new.write_text(text, encoding="utf-8")
    before = dump_scheme(scheme_of(db))
    code, out, err = run(capsys, "labels", "import", new, "--db", db)
    assert code == 1 and "PER is used by 2 spans" in err and "--force" in err
    assert dump_scheme(scheme_of(db)) == before
    code, out, _ = run(capsys, "labels", "import", new, "--db", db, "--dry-run", "--force")
    assert code == 0 and "dry run" in out and dump_scheme(scheme_of(db)) == before
    code, out, _ = run(capsys, "labels", "import", new, "--db", db, "--force")
    assert code == 0 and "label removed: PER (2 spans deleted)" in out
    assert "label added: PERSON (entity)" in out
    assert span_labels(db) == ["LOC", "QUOTE"]


@pytest.mark.parametrize("bad, line, reason", [
    ('layer = "claim"', 'layer = "claims"', "unknown layer 'claims'"),
    ('hotkey = "6"', 'hotkey = "5"', "hotkey '5' is used by both QUOTE and CLAIM"),
    ('to = ["PER", "ORG"]\ndescription = "Who made', 'to = ["PER", "NGO"]\ndescription = "Who made',
     "missing label 'NGO'"),
    ('color = "#D55E00"', 'color = "#D55E0Z"', "expected #RRGGBB"),
    ('name = "CLAIM"', 'name = CLAIM', "not valid TOML"),
])
def test_bad_scheme_files_are_refused_with_line(capsys, db, tmp_path, bad, line, reason):
    text = default_scheme_path().read_text(encoding="utf-8")
    assert bad in text
    text = text.replace(bad, line)
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    lineno = text[:text.rindex(line)].count("\n") + 1
    before = dump_scheme(scheme_of(db))
    code, out, err = run(capsys, "labels", "import", path, "--db", db)
    assert code == 1 and f"{path}:{lineno}: " in err and reason in err
    assert dump_scheme(scheme_of(db)) == before
    fresh = tmp_path / "never.annotator"
    assert run(capsys, "labels", "import", path, "--db", fresh)[0] == 1
    assert not fresh.exists()


def test_missing_scheme_file_exits_2(capsys, db, tmp_path):
    assert run(capsys, "labels", "import", tmp_path / "nope.toml", "--db", db)[0] == 2


@pytest.mark.parametrize("sub", ["list", "add", "rename", "remove", "set", "export", "import"])
def test_help_for_every_subcommand(sub):
    result = subprocess.run([sys.executable, "-m", "annotator", "labels", sub, "--help"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "--db" in result.stdout
