"""`annotator suggest --model` with the user's own models, each real: a spaCy pipeline folder,
a Hugging Face token classifier on disk (transformers, CPU, nothing from a hub) and a Label
Studio ML backend running on 127.0.0.1. Offsets land on our code points, the model's name is
the origin, answers work as for the built-in suggesters; a model that fails costs one line."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.store import Project
from model_builders import hf_model, spacy_pipeline  # tests/unit/model_builders.py

HERE = Path(__file__).parent
DOCS = ["زار أحمد سعيد وبغداد.",                      # 1: بغداد glued to و
        "قال 🏥 في بَغْدَادَ: «الوضع آمن» اليوم.",      # 2: an emoji before, tashkeel
        "ربما ربما في.",                               # 3: the HF model cannot decide
        "في بغداد."]                                   # 4: marked done


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.annotator"
    with Project(path) as p:
        for text in DOCS:
            p.documents.add(text)
        p.statuses.set(4, "ali", "done")
    return path


@pytest.fixture(scope="module")
def offline():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        yield


@pytest.fixture(scope="module")
def spacy_dir(tmp_path_factory):
    return spacy_pipeline(tmp_path_factory.mktemp("models") / "news_ner")


@pytest.fixture(scope="module")
def hf_dir(tmp_path_factory, offline):
    # CI installs torch's CPU build before the test extra (a plain resolve pulls CUDA)
    pytest.importorskip("torch", reason="torch is not installed (its CPU build, see the "
                        "models extra in pyproject.toml)")
    return hf_model(tmp_path_factory.mktemp("models") / "tiny-bert-ner")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _backend(tmp_path, *flags):
    port_file = tmp_path / f"port{len(flags)}"
    proc = subprocess.Popen([sys.executable, str(HERE / "ls_backend_server.py"),
                             str(port_file), *flags])
    for _ in range(400):  # wait for the server to say its port (bounded, no time limit)
        if port_file.exists() and port_file.read_text():
            break
        if proc.poll() is not None:
            raise RuntimeError("the test backend did not start")
        time.sleep(0.05)
    return proc, f"http://127.0.0.1:{port_file.read_text()}"


@pytest.fixture
def backend(tmp_path):
    proc, url = _backend(tmp_path)
    yield url
    proc.terminate()
    proc.wait()


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def stored(db, doc_id, state="open"):
    with Project(db) as p:
        text = p.documents.text(doc_id)
        return [(text[s.start:s.end], s.label, s.layer, s.origin, s.score)
                for s in p.suggestions.for_document(doc_id, state)]


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# ---- spaCy -------------------------------------------------------------------------------------
def test_spacy_pipeline_entities_and_span_groups(db, spacy_dir, capsys):
    code, out, err = run(capsys, "suggest", "--db", db, "--model", spacy_dir)
    assert code == 0, err
    assert out.startswith("4 documents, 3 suggestions stored (news_ner 3)")
    assert stored(db, 1) == [("أحمد سعيد", "PER", "entity", "news_ner", 1.0)]
    # وبغداد is one spaCy token: the ruler's بغداد does not match inside it, nothing invented
    assert stored(db, 2) == [("«الوضع آمن»", "QUOTE", "quote", "news_ner", 1.0)]
    assert stored(db, 4) == [("بغداد", "LOC", "entity", "news_ner", 1.0)]
    with Project(db) as p:
        sug = p.suggestions.for_document(1)[0]
        assert (sug.start, sug.end) == (4, 13)
        span, _ = p.suggestions.accept(sug.id, "mona")
        assert (span.start, span.end, span.label, span.origin) == (4, 13, "PER", "news_ner")
        quote = p.suggestions.for_document(2)[0]
        p.suggestions.reject(quote.id)
    # answered once, never proposed again
    code, out, err = run(capsys, "suggest", "--db", db, "--model", spacy_dir)
    assert code == 0 and out.startswith("4 documents, 1 suggestions stored (news_ner 1)")
    assert stored(db, 2) == []


def test_labels_the_scheme_lacks_are_named_once(db, spacy_dir, capsys):
    with Project(db) as p:
        doc, _ = p.documents.add("من دمشق إلى بغداد ثم دمشق.")
    code, out, err = run(capsys, "suggest", "--db", db, "--model", spacy_dir)
    assert code == 0
    assert one_line(err) == "suggest: labels the project's scheme lacks were left out: GPE 2"
    assert stored(db, doc) == [("بغداد", "LOC", "entity", "news_ner", 1.0)]


def test_spacy_pipeline_gives_no_uncertainty_to_rank_by(db, spacy_dir, capsys):
    code, out, err = run(capsys, "suggest", "--db", db, "--model", spacy_dir, "--next", "2")
    assert code == 2 and out == ""
    assert "gives no probabilities" in one_line(err)


# ---- Hugging Face ------------------------------------------------------------------------------
def test_hf_folder_offsets_map_back_exactly(db, hf_dir, capsys):
    code, out, err = run(capsys, "suggest", "--db", db, "--model", hf_dir)
    assert code == 0 and err == ""   # no progress bars from transformers
    # the model reads أحمد as احمد (accents stripped) and cuts وبغداد into و ##بغداد
    assert stored(db, 1) == [("أحمد سعيد", "PER", "entity", "tiny-bert-ner", 1.0),
                             ("بغداد", "LOC", "entity", "tiny-bert-ner", 1.0)]
    with Project(db) as p:
        assert [(s.start, s.end) for s in p.suggestions.for_document(1)] == [(4, 13), (15, 20)]
        # after the emoji, with the final fatha the tokenizer dropped
        assert [(s.start, s.end) for s in p.suggestions.for_document(2)] == [(9, 18)]
    assert stored(db, 2) == [("بَغْدَادَ", "LOC", "entity", "tiny-bert-ner", 1.0)]
    # ربما: LOC only a little above O; the score says so
    got = stored(db, 3)
    assert [g[:4] for g in got] == [("ربما", "LOC", "entity", "tiny-bert-ner")] * 2
    assert all(0.4 < g[4] < 0.7 for g in got)


def test_hf_long_text_in_windows_and_a_slow_tokenizer_aligned(db, hf_dir, capsys):
    from annotator.suggest.hf_model import HFSuggester
    model = HFSuggester(hf_dir, {"LOC": "entity", "PER": "entity"})
    assert model.window == 64
    text = "في " * 150 + "زار 🏥 أحمد سعيد وبغداد."   # past two windows of 64 pieces
    found = [(text[p.start:p.end], p.label) for p in model.suggest(text).spans]
    assert found == [("أحمد سعيد", "PER"), ("بغداد", "LOC")]

    class Slow:
        """The same tokenizer seen as a slow one: no offsets, only its pieces' strings."""
        is_fast = False

        def __init__(self, fast):
            self.fast = fast

        def __getattr__(self, name):
            return getattr(self.fast, name)

        def __call__(self, *args, **kwargs):
            kwargs.pop("return_offsets_mapping", None)
            return self.fast(*args, **kwargs)

    model.tokenizer = Slow(model.tokenizer)
    text = "زار 🏥 وبغداد في بغداد."
    got = [(p.start, p.end, text[p.start:p.end]) for p in model.suggest(text).spans]
    assert got == [(7, 12, "بغداد"), (16, 21, "بغداد")]


def test_hf_min_score_hides_the_weak_ones(db, hf_dir, capsys):
    code, out, err = run(capsys, "suggest", "--db", db, "--model", hf_dir,
                         "--min-score", "0.8")
    assert code == 0, err
    assert stored(db, 3) == []
    assert "below --min-score" in out
    assert len(stored(db, 1)) == 2


def test_hf_next_names_the_least_sure_documents(db, hf_dir, capsys):
    code, out, err = run(capsys, "suggest", "--db", db, "--model", hf_dir, "--next", "9")
    assert code == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    # ربما first; doc 4 is done, never named; the others the model is sure of
    assert sorted(r[0] for r in lines) == ["1", "2", "3"] and lines[0][0] == "3"
    assert lines[0][1] == DOCS[2]
    assert float(lines[0][2]) > 0.1 > 0.01 > float(lines[1][2]) >= float(lines[2][2])
    code, out, err = run(capsys, "suggest", "--db", db, "--model", hf_dir, "--next", "1")
    assert out == f"3\t{DOCS[2]}\t{lines[0][2]}\n"
    with Project(db) as p:
        assert p.suggestions.counts() == {}      # --next stores nothing


# ---- Label Studio ML backend -------------------------------------------------------------------
def test_label_studio_backend_predict_protocol(db, backend, capsys):
    code, out, err = run(capsys, "suggest", "--db", db, "--model", backend)
    assert code == 0, err
    # doc 2's بَغْدَادَ carries tashkeel: this gazetteer does not see it
    assert out.startswith("4 documents, 3 suggestions stored (GazetteerNER 3)")
    assert stored(db, 1) == [("أحمد سعيد", "PER", "entity", "GazetteerNER", 0.4),
                             ("بغداد", "LOC", "entity", "GazetteerNER", 0.9)]
    with Project(db) as p:
        sug = p.suggestions.for_document(4)[0]
        span, _ = p.suggestions.accept(sug.id, "mona")
        assert (span.start, span.end, span.origin) == (3, 8, "GazetteerNER")
    code, out, err = run(capsys, "suggest", "--db", db, "--model", backend,
                         "--min-score", "0.5")
    assert code == 0 and "; 1 below --min-score" in out
    assert stored(db, 1) == [("بغداد", "LOC", "entity", "GazetteerNER", 0.9)]


def test_label_studio_utf16_offsets_after_an_emoji(db, tmp_path, capsys):
    proc, url = _backend(tmp_path, "--utf16")
    try:
        with Project(db) as p:
            doc, _ = p.documents.add("🏥🏥 أحمد سعيد")
        code, out, err = run(capsys, "suggest", "--db", db, "--model", url)
    finally:
        proc.terminate()
        proc.wait()
    assert code == 0, err
    assert stored(db, doc) == [("أحمد سعيد", "PER", "entity", "GazetteerNER", 0.4)]
    with Project(db) as p:
        assert [(s.start, s.end) for s in p.suggestions.for_document(doc)] == [(3, 12)]


def test_label_studio_next_by_least_confidence(db, backend, capsys):
    code, out, err = run(capsys, "suggest", "--db", db, "--model", backend, "--next", "3")
    assert code == 0, err
    assert [line.split("\t")[0] for line in out.splitlines()] == ["1", "2", "3"]
    assert out.splitlines()[0].endswith("\t0.600")  # 1 - the PER's 0.4


# ---- the project's own model -------------------------------------------------------------------
def test_next_with_the_project_crf(tmp_path, capsys):
    db = tmp_path / "crf.annotator"
    with Project(db) as p:
        for text, spans in [("زار الوزير بغداد ثم البصرة أمس.", [(11, 16, "LOC"),
                                                                  (20, 26, "LOC")]),
                            ("قال أحمد سعيد إن بغداد آمنة.", [(4, 13, "PER"), (17, 22, "LOC")])]:
            doc, _ = p.documents.add(text)
            for s, e, lab in spans:
                p.spans.add(doc, s, e, lab)
            p.statuses.set(doc, "ali", "done")
        p.documents.add("زار الوزير بغداد أمس.")
        p.documents.add("كتب مراسل صحيفة محلية تقريرا طويلا عن الاقتصاد والزراعة والطاقة.")
    code, out, err = run(capsys, "suggest", "--db", db, "--next", "1")
    assert code == 2 and "annotator train" in one_line(err)
    assert run(capsys, "train", "--db", db, "--folds", "2")[0] == 0
    code, out, err = run(capsys, "suggest", "--db", db, "--next", "5")
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines()]
    assert sorted(r[0] for r in rows) == ["3", "4"]   # the done ones are not named
    assert all(0 <= float(r[2]) <= 1 for r in rows)
    assert float(rows[0][2]) >= float(rows[1][2])


# ---- failures: one line each, exit 1, the rest goes on -----------------------------------------
def test_missing_folder(db, capsys):
    code, out, err = run(capsys, "suggest", "--db", db, "--model", db.parent / "nowhere")
    assert code == 1
    assert one_line(err).endswith("nowhere: no such folder")


def test_garbage_folders(db, tmp_path, capsys):
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "notes.txt").write_text("hello")
    code, out, err = run(capsys, "suggest", "--db", db, "--model", junk)
    assert code == 1 and "neither a spaCy pipeline" in one_line(err)
    broken_hf = tmp_path / "broken-hf"
    broken_hf.mkdir()
    (broken_hf / "config.json").write_text("{not json")
    code, out, err = run(capsys, "suggest", "--db", db, "--model", broken_hf, "--with", "names")
    assert code == 1 and "not a token-classification model" in one_line(err)
    assert out.startswith("4 documents")    # the names suggester still ran
    other_task = tmp_path / "sentiment"
    other_task.mkdir()
    (other_task / "config.json").write_text(
        '{"model_type": "bert", "architectures": ["BertForSequenceClassification"]}')
    code, out, err = run(capsys, "suggest", "--db", db, "--model", other_task)
    assert code == 1 and one_line(err).endswith(
        "sentiment: not a token-classification model (it is a BertForSequenceClassification)")
    broken_spacy = tmp_path / "broken-spacy"
    broken_spacy.mkdir()
    (broken_spacy / "config.cfg").write_text("[nlp]\nlang = \"xx-nonsense\"\n")
    (broken_spacy / "meta.json").write_text("{}")
    code, out, err = run(capsys, "suggest", "--db", db, "--model", broken_spacy)
    assert code == 1 and "not a spaCy pipeline spaCy can load" in one_line(err)


def test_server_down(db, capsys):
    url = f"http://127.0.0.1:{_free_port()}"
    code, out, err = run(capsys, "suggest", "--db", db, "--model", url)
    assert code == 1 and "cannot reach the backend" in one_line(err)
    code, out, err = run(capsys, "suggest", "--db", db, "--model", url, "--next", "2")
    assert code == 1 and "cannot reach the backend" in one_line(err)


def test_timeout_and_server_error_cost_one_line_and_keep_earlier_suggestions(db, backend,
                                                                              capsys):
    assert run(capsys, "suggest", "--db", db, "--model", backend)[0] == 0
    with Project(db) as p:
        p.documents.add("SLOW في بغداد")
        p.documents.add("BOOM في بغداد")
    code, out, err = run(capsys, "suggest", "--db", db, "--model", backend, "--timeout",
                         "0.5", "--with", "names", "--status", "new")
    line = one_line(err)
    assert code == 1 and "no answer in 0.5 s" in line
    assert "not asked for the 1 remaining documents" in line
    assert out.startswith("5 documents")
    # what the backend proposed before stays
    assert len(stored(db, 1)) == 2
    with Project(db) as p:
        boom = p.documents.count()
    code, out, err = run(capsys, "suggest", "--db", db, "--model", backend, "--status", "new")
    assert code == 1 and "/predict: HTTP 500" in one_line(err)
    assert stored(db, boom) == []


def test_bad_option_values_are_usage_errors(db, capsys):
    for args in (["--next", "0"], ["--next", "x"], ["--timeout", "0"], ["--timeout", "nan"]):
        with pytest.raises(SystemExit) as exc:
            main(["suggest", "--db", str(db), *args])
        assert exc.value.code == 2
        assert "Traceback" not in capsys.readouterr().err
