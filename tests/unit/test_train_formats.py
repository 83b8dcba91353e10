"""The training exports are read by the real libraries with no glue (issue 9 item 3):
spaCy (DocBin, `spacy train`, `spacy debug data`, `spacy convert -c ner`), Hugging Face
`datasets`, and seqeval as a second, independent CoNLL column reader."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.store import Project
from annotator.formats.importer import import_paths
from annotator.formats.nesting import choose

spacy = pytest.importorskip("spacy")
datasets = pytest.importorskip("datasets")
seqeval_sequence = pytest.importorskip("seqeval.metrics.sequence_labeling")

FIXTURE = Path(__file__).parents[1] / "data" / "conll" / "nested_ar.conll"
PLAIN = ("قال رئيس جامعة حلب إن وبغداد جميلة. وأضاف د. محمد علي: «الوضع مستقر».\n"
         "زار الوفد موقع a2hosting في 13.2 دقيقة!")


@pytest.fixture
def db(tmp_path):
    """A nested corpus imported from CoNLL, plus a plain-text article with a clitic split,
    an entity over an abbreviation's point, nesting, a quote and a claim."""
    path = tmp_path / "p.annotator"
    with Project(path) as project:
        assert not import_paths(project, [FIXTURE]).refused_files
        doc, _ = project.documents.add(PLAIN)
        at = lambda s, k=0: (PLAIN.index(s, k), PLAIN.index(s, k) + len(s))
        project.spans.add(doc, *at("جامعة حلب"), "ORG")
        project.spans.add(doc, *at("حلب"), "LOC")
        project.spans.add(doc, *at("بغداد"), "LOC")          # inside وبغداد
        project.spans.add(doc, *at("د. محمد علي"), "PER")   # no sentence end after د.
        project.spans.add(doc, *at("الوضع مستقر"), "QUOTE")
        project.spans.add(doc, *at("الوضع مستقر"), "CLAIM")
        project.spans.add(doc, *at("a2hosting"), "MISC")
    return path


def entity_spans(path: Path, nesting: str) -> set[tuple[str, int, int, str]]:
    """(text, start, end, label) of the entity spans the chosen nesting level keeps."""
    out = set()
    with Project(path) as project:
        layer_of = dict(project.conn.execute("SELECT name, layer FROM labels"))
        for doc_id in project.documents.ids():
            text = project.documents.text(doc_id)
            rows = project.conn.execute(
                "SELECT doc_id, start, end, label FROM spans WHERE doc_id = ? "
                "ORDER BY start, end DESC, id", (doc_id,)).fetchall()
            rows = [r for r in rows if layer_of[r[3]] == "entity"]
            kept, _ = choose(rows, layer_of, nesting)
            out |= {(text, s, e, label) for _, s, e, label in kept}
    return out


def run(*args):
    return main([str(a) for a in args])


def by_text(spans):
    return {(t[s:e], label) for t, s, e, label in spans}


# ---- Hugging Face ------------------------------------------------------------------------

@pytest.mark.parametrize("nesting", ["outer", "inner"])
def test_hf_loads_with_datasets_and_decodes_to_our_spans(db, tmp_path, nesting, capsys):
    out = tmp_path / "train.jsonl"
    assert run("export", "--format", "hf", "--db", db, "--out", out, "--nesting", nesting) == 0
    ds = datasets.load_dataset("json", data_files=str(out), split="train",
                               cache_dir=str(tmp_path / "cache"))
    assert ds.column_names == ["id", "tokens", "ner_tags"]
    labels = json.loads((tmp_path / "train.labels.json").read_text(encoding="utf-8"))
    assert labels[0] == "O" and "B-WEBSITE" in labels and "I-PER" in labels
    with Project(db) as project:
        texts = {str(d): project.documents.text(d) for d in project.documents.ids()}
    found = set()
    cursor: dict[str, int] = {}
    for row in ds:
        doc = row["id"].rsplit("-", 1)[0]
        text = texts[doc]
        assert set(row["ner_tags"]) <= set(labels)
        offsets = []
        for token in row["tokens"]:  # tokens are the text's, in order
            at = text.index(token, cursor.get(doc, 0))
            assert not text[cursor.get(doc, 0):at].strip()
            offsets.append((at, at + len(token)))
            cursor[doc] = at + len(token)
        for label, first, last in seqeval_sequence.get_entities(row["ner_tags"]):
            found.add((text, offsets[first][0], offsets[last][1], label))
    assert found == entity_spans(db, nesting)
    assert ("بغداد", "LOC") in by_text(found) and ("a2hosting", "WEBSITE") in by_text(found)


# ---- spaCy DocBin --------------------------------------------------------------------------

def load_docbin(path):
    from spacy.tokens import DocBin
    nlp = spacy.blank("ar")
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def test_docbin_holds_our_text_entities_and_span_groups(db, tmp_path):
    out = tmp_path / "train.spacy"
    assert run("export", "--format", "docbin", "--db", db, "--out", out,
               "--per", "document") == 0
    docs = load_docbin(out)
    with Project(db) as project:
        assert [d.text for d in docs] == [project.documents.text(i) for i in project.documents.ids()]
    ents = {(d.text, e.start_char, e.end_char, e.label_) for d in docs for e in d.ents}
    assert ents == entity_spans(db, "outer")
    plain = docs[-1]
    assert [(s.text, s.label_) for s in plain.spans["quote"]] == [("الوضع مستقر", "QUOTE")]
    assert [(s.text, s.label_) for s in plain.spans["claim"]] == [("الوضع مستقر", "CLAIM")]
    assert docs[0].user_data["id"] == "1"


def test_docbin_per_sentence_and_inner(db, tmp_path):
    out = tmp_path / "sent.spacy"
    assert run("export", "--format", "docbin", "--db", db, "--out", out, "--per", "sentence",
               "--nesting", "inner") == 0
    docs = load_docbin(out)
    assert docs[0].text == "$#$ قال رئيس جامعة حلب إن النمو بلغ 13 . 2 % ! وأضاف : هل 1الى و1 ؟ نعم ."
    assert docs[0].user_data["id"] == "1-0"
    ents = {(e.text, e.label_) for d in docs for e in d.ents}
    assert by_text(entity_spans(db, "inner")) == ents
    assert ("حلب", "GPE") in ents and ("جامعة حلب", "ORG") not in ents


def test_docbin_trains_with_spacy_and_debug_data_finds_nothing_misaligned(db, tmp_path):
    train = tmp_path / "train.spacy"
    assert run("export", "--format", "docbin", "--db", db, "--out", train,
               "--per", "sentence") == 0
    config = tmp_path / "config.cfg"
    cli = [sys.executable, "-m", "spacy"]
    subprocess.run(cli + ["init", "config", str(config), "--lang", "ar", "--pipeline", "ner",
                          "--optimize", "efficiency"], check=True, capture_output=True)
    paths = ["--paths.train", str(train), "--paths.dev", str(train)]
    debug = subprocess.run(cli + ["debug", "data", str(config), *paths],
                           capture_output=True, text=True)
    report = debug.stdout
    assert "0 missing value(s)" in report, report
    assert "No entities consisting of or starting/ending with whitespace" in report
    assert "No entities crossing sentence boundaries" in report
    trained = subprocess.run(cli + ["train", str(config), "--output", str(tmp_path / "model"),
                                    *paths, "--training.max_steps", "4",
                                    "--training.eval_frequency", "2"],
                             capture_output=True, text=True)
    assert trained.returncode == 0, trained.stderr[-2000:]
    nlp = spacy.load(tmp_path / "model" / "model-last")
    assert "PERS" in nlp.get_pipe("ner").labels and "WEBSITE" in nlp.get_pipe("ner").labels


def test_docbin_without_spacy_names_the_extra(db, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "spacy", None)
    code = run("export", "--format", "docbin", "--db", db, "--out", tmp_path / "x.spacy")
    err = capsys.readouterr().err
    assert code == 2 and err.strip().count("\n") == 0
    assert 'pip install "spacy>=3.7"' in err and not (tmp_path / "x.spacy").exists()


def test_docbin_default_is_a_doc_per_sentence_for_a_corpus_and_a_long_document(db, tmp_path):
    """The CoNLL-imported document came with its sentences: a Doc each; the short plain
    article stays one Doc; a plain article of more than 1,000 tokens goes per sentence."""
    with Project(db) as project:
        long_text = " ".join(["جملة قصيرة هنا."] * 300)  # 1,200 tokens, 300 sentences
        project.documents.add(long_text)
    out = tmp_path / "auto.spacy"
    assert run("export", "--format", "docbin", "--db", db, "--out", out) == 0
    ids = [d.user_data["id"] for d in load_docbin(out)]
    # the corpus's two documents: a Doc per sentence
    assert {"1-0", "1-1", "2-0", "2-1"} <= set(ids) and not {"1", "2"} & set(ids)
    assert "3" in ids                              # the short plain article: one Doc
    assert sum(i.startswith("4-") for i in ids) == 300 and "4" not in ids


# ---- CoNLL for one-column readers ----------------------------------------------------------

def test_spacy_convert_and_seqeval_read_a_one_layer_export(db, tmp_path):
    conll = tmp_path / "train.conll"
    assert run("export", "--format", "conll", "--db", db, "--out", conll, "--layers", "entity",
               "--nesting", "outer") == 0
    lines = conll.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "-DOCSTART- -X- O O"
    converted = tmp_path / "converted"
    converted.mkdir()
    subprocess.run([sys.executable, "-m", "spacy", "convert", "-c", "ner", "-n", "0",
                    str(conll), str(converted)], check=True, capture_output=True)
    docs = load_docbin(converted / "train.spacy")
    assert len(docs) == 3  # one per document
    spacy_ents = [(e.text.replace(" ", ""), e.label_) for d in docs for e in d.ents]
    # seqeval over the columns, a sentence at a time, as an independent reader
    seq_ents = []
    for block in conll.read_text(encoding="utf-8").split("\n\n"):
        rows = [line.split(" ") for line in block.split("\n")
                if line and not line.startswith("-DOCSTART-")]
        seq_ents += [("".join(r[0] for r in rows[a:b + 1]), label)
                     for label, a, b in seqeval_sequence.get_entities([r[1] for r in rows])]
    ours = sorted((t[s:e].replace(" ", "").replace("\n", ""), label)
                  for t, s, e, label in entity_spans(db, "outer"))
    assert sorted(spacy_ents) == sorted(seq_ents) == ours
