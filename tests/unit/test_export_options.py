"""Every export option against every format (issue 22 item 5): an option either changes what
the format writes, as it says, or is refused in one line with exit 2 and nothing written. No
option is accepted and ignored."""
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.store import Project
from annotator.formats.export import EXPORTERS, OPTION_FORMATS

pytest.importorskip("spacy")  # docbin

TEXT = ("قال رئيس جامعة حلب إن الوضع مستقر. وأضاف الوزير: «نحن متفائلون».\n"
        "زار الوفد بغداد.")

# A value other than the default for each format option, and what the option is.
VALUES = {"tags": "bioes", "sep": "tab", "docstart": "no", "nesting": "inner",
          "per": "sentence", "split": "validation"}
# Options that choose what goes out: every format takes them.
SELECTIONS = {"status": "done", "annotator": "mona", "labels": "LOC", "layers": "entity"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("options") / "p.annotator"
    with Project(path) as project:
        doc, _ = project.documents.add(TEXT)
        other, _ = project.documents.add("ذهب الوزير إلى دمشق.")
        at = lambda s: (TEXT.index(s), TEXT.index(s) + len(s))
        project.spans.add(doc, *at("جامعة حلب"), "ORG", annotator="mona")
        project.spans.add(doc, *at("حلب"), "LOC", annotator="mona")
        project.spans.add(doc, *at("بغداد"), "LOC", annotator="sara")
        project.spans.add(doc, *at("الوزير"), "PER", annotator="mona")
        project.spans.add(doc, *at("نحن متفائلون"), "QUOTE", annotator="mona")
        project.spans.add(doc, *at("نحن متفائلون"), "CLAIM", annotator="mona")
        project.spans.add(other, 4, 10, "PER", annotator="sara")
        project.statuses.set(doc, "mona", "done")
    return path


def out_for(fmt: str, folder: Path, option: str | None) -> Path:
    if fmt == "brat" or (fmt == "hf" and option == "split"):
        return folder / "out"
    return folder / ("out.spacy" if fmt == "docbin" else "out.txt")


def written(path: Path) -> bytes:
    if path.is_dir():
        return b"".join(p.name.encode() + p.read_bytes() for p in sorted(path.iterdir()))
    return path.read_bytes() if path.exists() else b""


def export(db, fmt, folder, option=None, value=None):
    folder.mkdir()
    out = out_for(fmt, folder, option)
    args = ["export", "--format", fmt, "--db", str(db), "--out", str(out)]
    if option:
        args += [f"--{option}", value]
    return main(args), out


def test_the_table_names_every_format_option_of_the_command():
    import argparse
    from annotator.cli.export_cmd import register
    subparsers = argparse.ArgumentParser().add_subparsers()
    register(subparsers)
    names = {a.option_strings[-1][2:] for a in subparsers.choices["export"]._actions
             if a.option_strings}
    assert names == set(VALUES) | set(SELECTIONS) | {"format", "out", "db", "help"}
    assert set(VALUES) == set(OPTION_FORMATS)


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
@pytest.mark.parametrize("option", sorted(VALUES))
def test_a_format_option_does_what_it_says_or_is_refused(db, tmp_path, capsys, fmt, option):
    code, out = export(db, fmt, tmp_path / "with", option, VALUES[option])
    err = capsys.readouterr().err
    if fmt not in OPTION_FORMATS[option]:
        assert code == 2, (fmt, option)
        assert err.strip().count("\n") == 0 and f"--{option}" in err, err
        assert not out.exists()
        return
    assert code == 0, err
    base_code, base = export(db, fmt, tmp_path / "without")
    if fmt == "hf" and option == "split":  # the default is a file; the same folder with train
        base_code, base = export(db, fmt, tmp_path / "default-split", "split", "train")
        assert sorted(p.name for p in out.iterdir()) == ["README.md", "validation.jsonl"]
    assert base_code == 0
    assert written(out) != written(base), f"--{option} changed nothing in {fmt}"


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
@pytest.mark.parametrize("option", sorted(SELECTIONS))
def test_a_selection_option_changes_what_every_format_writes(db, tmp_path, capsys, fmt, option):
    value = SELECTIONS[option]
    if option == "layers" and fmt == "hf":
        value = "entity"  # hf is the entity layer: a selection that keeps it all
    code, out = export(db, fmt, tmp_path / "with", option, value)
    assert code == 0, capsys.readouterr().err
    base_code, base = export(db, fmt, tmp_path / "without")
    assert base_code == 0
    if option == "layers" and fmt == "hf":
        assert written(out) == written(base)
    else:
        assert written(out) != written(base), f"--{option} changed nothing in {fmt}"


def test_hf_refuses_a_layer_it_cannot_write(db, tmp_path, capsys):
    code, out = export(db, "hf", tmp_path / "x", "layers", "quote")
    err = capsys.readouterr().err
    assert code == 2 and err.strip().count("\n") == 0 and "entity layer only" in err
    assert not out.exists()


def test_split_needs_a_dataset_folder(db, tmp_path, capsys):
    out = tmp_path / "train.jsonl"
    code = main(["export", "--format", "hf", "--db", str(db), "--out", str(out),
                 "--split", "test"])
    assert code == 2 and "--split" in capsys.readouterr().err and not out.exists()
