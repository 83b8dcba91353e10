"""The recipes of docs/formats.md, "From annotation to a trained model", run as written (issue
22 items 1-3): each command of a recipe block is run in a folder holding train.annotator and
dev.annotator, made from the Wojood sample imported from CoNLL. Only the amount of training
is cut down, and the Hugging Face model is a small one built here (nothing is downloaded)."""
from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from shared_data import ROOT, need, shared_corpus

DOCS = ROOT / "docs" / "formats.md"


def recipe(name: str) -> str:
    """The code block that follows `<!-- recipe: NAME -->` in docs/formats.md."""
    text = DOCS.read_text(encoding="utf-8")
    match = re.search(r"<!-- recipe: " + re.escape(name) + r" -->\n```\w*\n(.*?)```", text,
                      re.S)
    assert match, f"docs/formats.md has no recipe {name}"
    return match[1]


def run_commands(block: str, cwd: Path, edit=lambda words: words) -> list[str]:
    """Each line of a shell recipe, `annotator` and `python` being this interpreter's."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    outputs = []
    for line in block.strip().splitlines():
        words = shlex.split(line)
        if words[0] == "annotator":
            words = [sys.executable, "-m", "annotator"] + words[1:]
        elif words[0] == "python":
            words = [sys.executable] + words[1:]
        done = subprocess.run(edit(words), cwd=cwd, env=env, capture_output=True, text=True)
        assert done.returncode == 0, f"{line}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        outputs.append(done.stdout + done.stderr)
    return outputs


def sentences() -> list[str]:
    text = (shared_corpus("wojood-sample") / "train.txt").read_text(encoding="utf-8")
    return [block for block in text.split("\n\n") if block.strip()]


def projects(folder: Path, train: list[str], dev: list[str]) -> Path:
    """train.annotator and dev.annotator, each imported from a CoNLL file without -DOCSTART-
    (one document of many sentences, as the issue's corpus)."""
    folder.mkdir(exist_ok=True)
    for name, part in (("train", train), ("dev", dev)):
        source = folder / f"{name}.txt"
        source.write_text("\n\n".join(part) + "\n", encoding="utf-8")
        assert main(["import", str(source), "--db", str(folder / f"{name}.annotator")]) == 0
        source.unlink()
    return folder


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A handful of sentences: enough for the few training steps of flair and transformers."""
    found = sentences()
    hashtag = "وسم O\n# O\nسوريا B-GPE\n. O"  # a token "#": flair's default comment mark
    return projects(tmp_path_factory.mktemp("small"), found[:40] + [hashtag], found[40:52])


# ---- spaCy -------------------------------------------------------------------------------

def test_spacy_recipe_trains_a_model_that_finds_entities(tmp_path):
    need("spacy")
    found = sentences()
    cut = len(found) * 4 // 5
    words = lambda sentence: [line.split(" ")[0] for line in sentence.split("\n")]
    seen = {tuple(words(s)) for s in found[:cut]}
    held_out = [s for s in found[cut:] if tuple(words(s)) not in seen]  # a few repeat
    folder = projects(tmp_path / "spacy", found[:cut], held_out)

    def fewer_steps(words):
        if words[1:4] == ["-m", "spacy", "train"]:
            return words + ["--training.max_steps", "150", "--training.eval_frequency", "50"]
        return words

    outputs = run_commands(recipe("spacy"), folder, fewer_steps)
    debug = outputs[3]
    # one Doc per sentence: spaCy sees the corpus's sentences as its examples
    assert re.search(rf"\b{cut} training docs", debug), debug
    assert "No entities crossing sentence boundaries" in debug
    assert "No entities consisting of or starting/ending with whitespace" in debug
    assert "0 missing value(s)" in debug
    warnings = [line for line in debug.splitlines()
                if "⚠" in line and not re.search(r"⚠ \d+ warnings", line)]
    # what is left is the size of a sample corpus, nothing about the data's shape
    assert all("Low number of examples" in w for w in warnings), warnings
    meta = json.loads((folder / "model" / "model-best" / "meta.json").read_text())
    assert meta["performance"]["ents_f"] > 0, meta["performance"]


# ---- flair -------------------------------------------------------------------------------

def test_flair_reads_our_entities_and_trains(small, tmp_path):
    need("flair")
    from flair.datasets import ColumnCorpus
    seqeval = need("seqeval.metrics.sequence_labeling")
    folder = tmp_path / "flair"
    folder.mkdir()
    for name in ("train", "dev"):
        (folder / f"{name}.annotator").write_bytes((small / f"{name}.annotator").read_bytes())
    (folder / "data").mkdir()
    (folder / "train_flair.py").write_text(
        recipe("train_flair.py").replace("max_epochs=10", "max_epochs=1"), encoding="utf-8")
    outputs = run_commands(recipe("flair"), folder)
    corpus = ColumnCorpus(str(folder / "data"), {0: "text", 1: "ner"}, train_file="train.txt",
                          dev_file="dev.txt", test_file="dev.txt", comment_symbol=None)
    text = (folder / "data" / "train.txt").read_text(encoding="utf-8")
    assert sum(map(len, corpus.train)) == sum(1 for line in text.split("\n") if line)
    expected = []
    for block in text.split("\n\n"):
        rows = [line.split(" ") for line in block.split("\n") if line]
        expected += [(" ".join(r[0] for r in rows[a:b + 1]), label)
                     for label, a, b in seqeval.get_entities([r[1] for r in rows])]
    flair_found = [(span.text, span.get_label("ner").value)
                   for sentence in corpus.train for span in sentence.get_spans("ner")]
    exported = int(re.search(r"(\d+) spans exported", outputs[0])[1])
    assert len(flair_found) == exported > 30
    assert flair_found == expected
    assert len(corpus.train) == 41 and all(s[0].text != "-DOCSTART-" for s in corpus.train)
    assert ("سوريا", "GPE") in flair_found
    assert (folder / "model" / "final-model.pt").exists()
    assert "Corpus:" in outputs[2]


def test_flair_reads_docstart_as_a_sentence_without_the_option(small, tmp_path):
    """Why the recipe says --docstart no (FACTS.md): flair 0.15 keeps -DOCSTART- lines."""
    need("flair")
    from flair.datasets import ColumnCorpus
    (tmp_path / "data").mkdir()
    assert main(["export", "--format", "conll", "--layers", "entity", "--nesting", "outer",
                 "--db", str(small / "train.annotator"),
                 "--out", str(tmp_path / "data" / "train.txt")]) == 0
    corpus = ColumnCorpus(str(tmp_path / "data"), {0: "text", 1: "ner"}, train_file="train.txt",
                          dev_file="train.txt", test_file="train.txt")
    assert corpus.train[0][0].text == "-DOCSTART-"


# ---- Hugging Face ------------------------------------------------------------------------

def tiny_model(folder: Path, words: set[str]) -> None:
    """A small BERT and a word-level tokenizer over the corpus's words, saved as a model
    folder that from_pretrained reads like a downloaded one."""
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import BertConfig, BertForMaskedLM, PreTrainedTokenizerFast
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    vocab = {w: i for i, w in enumerate(special + sorted(words))}
    core = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    core.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, pad_token="[PAD]",
                                        unk_token="[UNK]", cls_token="[CLS]",
                                        sep_token="[SEP]", mask_token="[MASK]")
    tokenizer.save_pretrained(folder)
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=64)
    BertForMaskedLM(config).save_pretrained(folder)


def test_hf_recipe_trains_a_token_classifier_with_the_card_names(small, tmp_path):
    need("datasets")
    need("transformers")
    folder = tmp_path / "hf"
    folder.mkdir()
    for name in ("train", "dev"):
        (folder / f"{name}.annotator").write_bytes((small / f"{name}.annotator").read_bytes())
    block = recipe("hf").strip().splitlines()
    run_commands("\n".join(block[:2]), folder)  # the exports
    words = {w for f in ("train", "validation")
             for line in (folder / "data" / f"{f}.jsonl").read_text(encoding="utf-8").splitlines()
             for w in json.loads(line)["tokens"]}
    tiny_model(folder / "tiny-bert", words)
    script = recipe("train_hf.py")
    assert 'MODEL = "aubmindlab/bert-base-arabertv02"' in script
    script = script.replace('MODEL = "aubmindlab/bert-base-arabertv02"',
                            f'MODEL = {str(folder / "tiny-bert")!r}')
    script = script.replace("num_train_epochs=3", "max_steps=3, report_to=[]")
    (folder / "train_hf.py").write_text(script, encoding="utf-8")
    out = run_commands("\n".join(block[2:]), folder)[0]
    assert "eval_loss" in out
    card = (folder / "data" / "README.md").read_text(encoding="utf-8")
    config = json.loads((folder / "model" / "config.json").read_text(encoding="utf-8"))
    names = [config["id2label"][str(i)] for i in range(len(config["id2label"]))]
    assert names[0] == "O" and "B-GPE" in names and "I-ORG" in names
    assert all(f'"{name}"' in card for name in names)
