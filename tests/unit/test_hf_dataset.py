"""The hf export as the Hugging Face ecosystem expects it (issue 22 items 3 and 4): a folder
that `datasets.load_dataset` reads with ner_tags as Sequence(ClassLabel) and their names, tag
ids that do not depend on the project, the selection or the order labels came in, and a label
list per output file."""
import json

import pytest

from annotator.cli import main
from annotator.core.store import Project
from shared_data import need

datasets = need("datasets")

TEXT = "زار الوزير بغداد ثم دمشق مع وفد من جامعة حلب."


def make_project(path, labels_in_order, spans):
    """A project whose entity labels were added in the given order, with the given spans."""
    with Project(path) as project:
        for name in labels_in_order:
            if name not in project.labels.names():
                project.labels.add(name, layer="entity")
        doc, _ = project.documents.add(TEXT)
        for word, label in spans:
            at = TEXT.index(word)
            project.spans.add(doc, at, at + len(word), label)
    return path


def export(*args):
    return main(["export", "--format", "hf", *map(str, args)])


def load(folder, tmp_path):
    return datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "cache"))


def test_a_folder_loads_as_class_labels_with_their_names(tmp_path):
    db = make_project(tmp_path / "p.annotator", ["GPE"],
                      [("بغداد", "GPE"), ("جامعة حلب", "ORG"), ("الوزير", "PER")])
    assert export("--db", db, "--out", tmp_path / "data") == 0
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["README.md", "train.jsonl"]
    assert export("--db", db, "--out", tmp_path / "strings.jsonl") == 0
    data = load(tmp_path / "data", tmp_path)
    feature = data["train"].features["ner_tags"]
    assert isinstance(feature.feature, datasets.ClassLabel)
    names = feature.feature.names
    assert names == ["O", "B-GPE", "I-GPE", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
                     "B-ORG", "I-ORG", "B-PER", "I-PER"]
    # the ids decode to the very tags of the string-tag file
    strings = [json.loads(line) for line in
               (tmp_path / "strings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [[names[i] for i in row["ner_tags"]] for row in data["train"]] == \
        [row["ner_tags"] for row in strings]
    assert strings[0]["ner_tags"][:3] == ["O", "B-PER", "B-GPE"]


def test_the_same_tag_gets_the_same_id_whatever_project(tmp_path):
    """Labels added in another order and a different label set: the ids still agree."""
    train = make_project(tmp_path / "train.annotator", ["GPE", "NORP", "CARDINAL"],
                         [("بغداد", "GPE"), ("الوزير", "PER")])
    test = make_project(tmp_path / "test.annotator", ["NORP", "GPE", "EVENT"],
                        [("دمشق", "GPE"), ("وفد", "EVENT")])
    alone = make_project(tmp_path / "alone.annotator", ["CARDINAL", "NORP", "GPE"],
                         [("دمشق", "GPE")])
    assert export("--db", train, "--out", tmp_path / "data") == 0
    assert export("--db", test, "--out", tmp_path / "data", "--split", "test") == 0
    assert export("--db", alone, "--out", tmp_path / "alone") == 0
    data = load(tmp_path / "data", tmp_path)
    assert set(data) == {"train", "test"}
    names = data["train"].features["ner_tags"].feature.names
    assert data["test"].features["ner_tags"].feature.names == names
    assert names[-2:] == ["B-EVENT", "I-EVENT"]  # the tag train lacked: the next free ids
    test_tags = [names[i] for i in data["test"][0]["ner_tags"]]
    assert ("دمشق", "B-GPE") in zip(data["test"][0]["tokens"], test_tags)
    assert ("وفد", "B-EVENT") in zip(data["test"][0]["tokens"], test_tags)
    # same labels in another order, another project: the same ids without a shared card
    alone_names = load(tmp_path / "alone", tmp_path)["train"].features["ner_tags"].feature.names
    assert alone_names == names[:-2]


def test_each_output_file_gets_its_own_label_list(tmp_path):
    db = make_project(tmp_path / "p.annotator", [], [("بغداد", "LOC")])
    (tmp_path / "lbl").mkdir()
    assert export("--db", db, "--out", tmp_path / "lbl" / "wojood.v1.jsonl") == 0
    make_project(db, ["GPE"], [])
    assert export("--db", db, "--out", tmp_path / "lbl" / "wojood.v2.jsonl") == 0
    v1 = json.loads((tmp_path / "lbl" / "wojood.v1.labels.json").read_text(encoding="utf-8"))
    v2 = json.loads((tmp_path / "lbl" / "wojood.v2.labels.json").read_text(encoding="utf-8"))
    assert "B-GPE" not in v1 and "B-GPE" in v2
    assert not (tmp_path / "lbl" / "wojood.labels.json").exists()


def test_a_readme_it_did_not_write_is_kept_and_the_export_refused(tmp_path, capsys):
    db = make_project(tmp_path / "p.annotator", [], [("بغداد", "LOC")])
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "README.md").write_text("# my notes\n", encoding="utf-8")
    assert export("--db", db, "--out", tmp_path / "data") == 2
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "README.md" in err
    assert (tmp_path / "data" / "README.md").read_text(encoding="utf-8") == "# my notes\n"
    assert not (tmp_path / "data" / "train.jsonl").exists()


@pytest.mark.parametrize("split", ["dev-set", "a b"])
def test_a_split_name_datasets_cannot_take_is_refused(tmp_path, capsys, split):
    db = make_project(tmp_path / "p.annotator", [], [])
    assert export("--db", db, "--out", tmp_path / "data", "--split", split) == 2
    assert "--split" in capsys.readouterr().err and not (tmp_path / "data").exists()
