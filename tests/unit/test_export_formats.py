"""doccano, spaCy and Label Studio exports; Label Studio's own converter reads ours."""
import io
import json

import pytest

from annotator.formats.export import EXPORTERS, Selection
from annotator.formats.importer import import_paths

TEXT = "🏥 قالَ أحمد\r\nإن وبغداد «مدينة كبيرة. وجميلة»"


@pytest.fixture
def doc(project):
    doc_id, _ = project.documents.add(TEXT, meta={"site": "x"})
    for sub, label in [("أحمد", "PER"), ("بغداد", "LOC"), ("مدينة كبيرة. وجميلة", "QUOTE")]:
        at = TEXT.index(sub)
        project.spans.add(doc_id, at, at + len(sub), label, annotator="mona")
    project.statuses.set(doc_id, "mona", "done")
    return doc_id


def run(project, fmt, selection=None):
    out = io.StringIO()
    summary = EXPORTERS[fmt](project, out, selection or Selection())
    return out.getvalue(), summary


def ours(project, doc_id):
    return sorted((s.start, s.end, s.label) for s in project.spans.of(doc_id))


def test_doccano(project, doc):
    rec = json.loads(run(project, "doccano")[0])
    assert rec["text"] == TEXT and sorted(map(tuple, rec["label"])) == ours(project, doc)


def test_spacy_tokens_and_inclusive_token_offsets(project, doc):
    rec = json.loads(run(project, "spacy")[0])
    toks = rec["tokens"]
    assert all(TEXT[t["start"]:t["end"]] == t["text"] for t in toks)
    assert [t["id"] for t in toks] == list(range(len(toks)))
    for s in rec["spans"]:
        assert toks[s["token_start"]]["start"] == s["start"]
        assert toks[s["token_end"]]["end"] == s["end"]
    waw = next(t for t in toks if t["text"] == "و")
    assert waw["ws"] is False and toks[waw["id"] + 1]["text"] == "بغداد"
    assert sorted((s["start"], s["end"], s["label"]) for s in rec["spans"]) == ours(project, doc)


def test_labelstudio_converter_reads_our_export(project, doc, tmp_path):
    from label_studio_converter import Converter
    data, _ = run(project, "labelstudio")
    tasks = json.loads(data)
    assert tasks[0]["data"]["text"] == TEXT
    src = tmp_path / "ls.json"
    src.write_text(data, encoding="utf-8")
    config = ('<View><Text name="text" value="$text"/><Labels name="label" toName="text">'
              + "".join(f'<Label value="{x}"/>' for x in ("PER", "LOC", "QUOTE"))
              + "</Labels></View>")
    conv = Converter(config, str(tmp_path))
    items = list(conv.iter_from_json_file(str(src)))
    got = sorted((r["start"], r["end"], r["labels"][0])
                 for r in items[0]["output"]["label"])
    assert got == ours(project, doc)
    conv.convert_to_conll2003(str(src), str(tmp_path / "out"), is_dir=False)
    lines = (tmp_path / "out" / "result.conll").read_text(encoding="utf-8").splitlines()
    tags = [line.split()[-1] for line in lines[1:] if line.strip()]
    assert "B-PER" in tags and "B-QUOTE" in tags


@pytest.mark.parametrize("fmt, name", [("jsonl", "a.jsonl"), ("doccano", "a.jsonl"),
                                       ("spacy", "a.jsonl"), ("labelstudio", "a.json")])
def test_each_export_imports_back_to_the_same_spans(project, doc, tmp_path, fmt, name):
    from annotator.core.store import Project
    src = tmp_path / name
    src.write_text(run(project, fmt)[0], encoding="utf-8")
    with Project(tmp_path / "b.annotator") as fresh:
        summary = import_paths(fresh, [src])
        assert summary.errors == [] and summary.documents == 1
        new = next(fresh.documents.iter())
        assert new.text == TEXT and ours(fresh, new.id) == ours(project, doc)


def test_native_jsonl_round_trip_is_identical(project, doc, tmp_path):
    from annotator.core.store import Project
    first = run(project, "jsonl")[0]
    src = tmp_path / "a.jsonl"
    src.write_text(first, encoding="utf-8")
    with Project(tmp_path / "b.annotator") as fresh:
        import_paths(fresh, [src], annotator="mona")
        assert run(fresh, "jsonl")[0] == first


def test_jsonl_round_trip_keeps_spans_accepted_from_suggestions(project, doc, tmp_path):
    """A span accepted from a suggester carries its name as origin ("quotes"): the export
    must import again as it is, name and attributes included."""
    from annotator.core.store import Project
    at = TEXT.index("قالَ")
    project.spans.add(doc, at, at + 4, "CLAIM", annotator="mona", origin="quotes",
                      attributes={"score": 0.9})
    first = run(project, "jsonl")[0]
    src = tmp_path / "a.jsonl"
    src.write_text(first, encoding="utf-8")
    with Project(tmp_path / "b.annotator") as fresh:
        summary = import_paths(fresh, [src], annotator="mona")
        assert summary.errors == []
        new = next(fresh.documents.iter())
        kept = [(s.start, s.end, s.label, s.origin.value, s.attributes)
                for s in fresh.spans.of(new.id)]
        assert kept == [(s.start, s.end, s.label, s.origin.value, s.attributes)
                        for s in project.spans.of(doc)]
        assert ("CLAIM", "quotes", {"score": 0.9}) in [k[2:] for k in kept]


def test_selection_summary_says_what_was_left_out(project, doc):
    text, summary = run(project, "doccano", Selection(layers={"entity"}))
    assert len(json.loads(text)["label"]) == 2
    assert summary.left_out == {"layer not chosen": 1}
    assert any("left out: layer not chosen" in line for line in summary.lines())
    text, summary = run(project, "doccano", Selection(statuses={"new"}))
    assert text == "" and summary.documents_left_out == 1


@pytest.mark.parametrize("bad", ['{"data": {}}', '[{"data": {"text": "نص"}, "annotations": '
                                 '[{"result": [{"type": "labels", "value": {"start": 0, '
                                 '"end": 9, "labels": ["PER"]}}]}]}]', "[", '"x"'])
def test_bad_labelstudio_file_is_refused(project, tmp_path, bad):
    src = tmp_path / "bad.json"
    src.write_text(bad, encoding="utf-8")
    summary = import_paths(project, [src])
    assert summary.refused_files == [str(src)] and project.documents.count() == 0
    assert summary.errors[0].startswith(f"{src}:")


def test_spacy_record_with_token_offsets_only(project, tmp_path):
    rec = {"text": "زار بغداد", "tokens": [{"text": "زار", "start": 0, "end": 3, "id": 0},
                                           {"text": "بغداد", "start": 4, "end": 9, "id": 1}],
           "spans": [{"token_start": 1, "token_end": 1, "label": "LOC"}]}
    src = tmp_path / "s.jsonl"
    src.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = import_paths(project, [src])
    doc = next(project.documents.iter())
    assert summary.errors == [] and "tokens" not in doc.meta
    assert [(s.start, s.end, s.label) for s in project.spans.of(doc.id)] == [(4, 9, "LOC")]
