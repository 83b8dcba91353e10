"""Golden files, one per format, for one Arabic document with tashkeel, an emoji, CRLF, a nested
entity, an entity inside a word and a quote over two sentences. UPDATE_GOLDEN=1 rewrites them
(then read the diff before committing)."""
import io
import os
from pathlib import Path

import pytest

from annotator.formats.export import EXPORTERS, ExportOptions, Selection
from annotator.formats.importer import import_paths

GOLDEN = Path(__file__).parent.parent / "data" / "golden"
TEXT = ("قالَ رئيسُ جامعةِ حلب 🏥 إنّ الوفد وصل وبغداد.\r\n"
        "وأضاف: «الوضع مستقر. ونحن متفائلون» اليوم.")
SPANS = [("رئيسُ", "PER"), ("جامعةِ حلب", "ORG"), ("حلب", "LOC"), ("بغداد", "LOC"),
         ("الوضع مستقر. ونحن متفائلون", "QUOTE"), ("الوضع مستقر", "CLAIM")]
CASES = [("jsonl", {}, "golden.jsonl"), ("doccano", {}, "golden.doccano.jsonl"),
         ("spacy", {}, "golden.spacy.jsonl"), ("labelstudio", {}, "golden.labelstudio.json"),
         ("conll", {}, "golden.conll"), ("conll", {"tags": "bioes", "sep": "\t"},
                                          "golden.bioes.conll")]


@pytest.fixture
def golden_project(project):
    doc_id, _ = project.documents.add(TEXT, meta={"source": "golden"})
    for sub, label in SPANS:
        at = TEXT.index(sub)
        project.spans.add(doc_id, at, at + len(sub), label, annotator="lead")
    project.statuses.set(doc_id, "lead", "done")
    return project


def export(project, fmt, opts):
    out = io.StringIO()
    EXPORTERS[fmt](project, out, Selection(), options=ExportOptions(**opts))
    return out.getvalue()


@pytest.mark.parametrize("fmt, opts, name", CASES)
def test_export_matches_golden(golden_project, fmt, opts, name):
    got = export(golden_project, fmt, opts)
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_bytes(got.encode("utf-8"))
    assert got == path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("fmt, opts, name", CASES)
def test_golden_file_imports_to_the_same_spans(project, tmp_path, fmt, opts, name):
    src = tmp_path / ("in" + (".conll" if fmt == "conll" else Path(name).suffix))
    src.write_bytes((GOLDEN / name).read_bytes())
    summary = import_paths(project, [src])
    assert summary.errors == [] and summary.documents == 1
    doc = next(project.documents.iter())
    got = sorted((doc.text[s.start:s.end], s.label) for s in project.spans.of(doc.id))
    if fmt == "conll":  # the text is rebuilt from tokens: compare without white space
        assert "".join(doc.text.split()) == "".join(TEXT.split())
        got = [("".join(t.split()), label) for t, label in got]
        assert got == sorted(("".join(t.split()), label) for t, label in SPANS)
    else:
        assert doc.text == TEXT and got == sorted(SPANS)
