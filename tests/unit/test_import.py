import codecs
import json

import pytest

from annotator.formats.importer import import_paths

TEXT = "قالَ الرئيـــس: «مرحبا» 🏥\r\nوفي بغداد اجتماع."


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "utf8.txt").write_bytes(TEXT.encode("utf-8"))
    (folder / "bom.txt").write_bytes(codecs.BOM_UTF8 + ("أ " + TEXT).encode("utf-8"))
    (folder / "sub" / "utf16.txt").write_bytes(("ب " + TEXT).encode("utf-16"))
    (folder / "cp1256.txt").write_bytes("ج قال الرئيس:\r\nمرحبا".encode("cp1256"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 10)
    (folder / "notes.md").write_text("ignored")
    return folder


def test_folder_imports_exact_texts_and_refuses_bad_files(project, mixed_folder):
    summary = import_paths(project, [mixed_folder], annotator="lead")
    texts = {doc.text for doc in project.documents.iter()}
    assert texts == {TEXT, "أ " + TEXT, "ب " + TEXT, "ج قال الرئيس:\r\nمرحبا"}
    assert summary.documents == 4 and summary.duplicates == 0
    assert sorted(e.split(":")[0].rsplit("/", 1)[-1] for e in summary.errors) == [
        "binary.txt", "empty.txt"]
    assert any("empty file" in e for e in summary.errors)
    assert any("binary" in e for e in summary.errors)
    assert summary.skipped_other == 1
    again = import_paths(project, [mixed_folder])
    assert (again.documents, again.duplicates) == (0, 4)
    assert project.documents.count() == 4


def write_jsonl(path, records):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                              for r in records) + "\n", encoding="utf-8")


def test_native_jsonl_with_spans_relations_and_status(project, tmp_path):
    text = "🏥 قال أحمد\r\n“نحن في بغداد”"
    src = tmp_path / "a.jsonl"
    write_jsonl(src, [{"id": "art-1", "text": text, "meta": {"site": "x"}, "status": "done",
                       "spans": [{"id": 7, "start": 6, "end": 10, "label": "PER", "text": "أحمد"},
                                 {"id": 8, "start": 13, "end": 25, "label": "QUOTE"},
                                 {"start": 20, "end": 25, "label": "GPE"}],
                       "relations": [{"head": 8, "tail": 7, "type": "said_by"}]}])
    summary = import_paths(project, [src], annotator="mona")
    assert (summary.documents, summary.spans, summary.errors) == (1, 3, [])
    assert summary.new_labels == [("GPE", "entity")]
    doc = next(project.documents.iter())
    assert doc.external_id == "art-1" and doc.meta == {"site": "x"}
    spans = project.spans.of(doc.id)
    assert [(text[s.start:s.end], s.label, s.origin.value, s.annotator) for s in spans] == [
        ("أحمد", "PER", "imported", "mona"), ("نحن في بغداد", "QUOTE", "imported", "mona"),
        ("بغداد", "GPE", "imported", "mona")]
    rel = project.spans.relations(doc.id)[0]
    assert project.spans.get(rel.head).label == "QUOTE" and project.spans.get(rel.tail).label == "PER"
    assert project.statuses.get(doc.id, "mona").value == "done"


def test_doccano_jsonl(project, tmp_path):
    src = tmp_path / "d.jsonl"
    write_jsonl(src, [{"text": "زار بغداد", "label": [[4, 9, "LOC"]]}])
    import_paths(project, [src])
    doc = next(project.documents.iter())
    assert [(s.start, s.end, s.label) for s in project.spans.of(doc.id)] == [(4, 9, "LOC")]


@pytest.mark.parametrize("bad, reason", [
    ('{"text": "نص", "spans": [', "broken JSON"),
    ('["not", "an", "object"]', "JSON object"),
    ('{"spans": []}', "missing \"text\""),
    ('{"text": 5}', "must be a string"),
    ('{"text": "نص", "spans": [{"start": 0, "end": 9, "label": "PER"}]}', "outside the text"),
    ('{"text": "نص", "spans": [{"start": "0", "end": 1, "label": "PER"}]}', "integer"),
    ('{"text": "نص", "spans": [{"start": 0, "end": 1}]}', "label"),
    ('{"text": "نص", "meta": "x"}', "\"meta\" must be an object"),
    ('{"text": "نص", "status": "finished"}', "unknown status"),
    ('{"text": "🏥 نص آخر", "spans": [{"start": 3, "end": 5, "label": "PER", "text": "نص"}]}',
     "code points"),
    ('{"text": "نص", "spans": [], "relations": [{"head": 1, "tail": 2, "type": "x"}]}',
     "span id"),
])
def test_bad_record_refuses_the_whole_file_with_line(project, tmp_path, bad, reason):
    good = {"text": "سطر جيد", "spans": [{"start": 0, "end": 3, "label": "PER"}]}
    src = tmp_path / "bad.jsonl"
    write_jsonl(src, [good, bad])
    other = tmp_path / "ok.txt"
    other.write_text("ملف آخر سليم", encoding="utf-8")
    summary = import_paths(project, [src, other])
    assert summary.refused_files == [str(src)]
    assert len(summary.errors) == 1
    assert summary.errors[0].startswith(f"{src}:2: ") and reason in summary.errors[0]
    assert [d.text for d in project.documents.iter()] == ["ملف آخر سليم"]
    assert project.spans.count() == 0
    assert "PER" in project.labels.names()


def test_unknown_label_in_refused_file_is_not_added(project, tmp_path):
    src = tmp_path / "bad.jsonl"
    write_jsonl(src, [{"text": "نص", "spans": [{"start": 0, "end": 2, "label": "NEW"}]}, "{"])
    import_paths(project, [src])
    assert "NEW" not in project.labels.names()


def test_missing_and_unsupported_paths(project, tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    summary = import_paths(project, [tmp_path / "nope.txt", tmp_path / "x.pdf"])
    assert len(summary.refused_files) == 2
    assert "no such file" in summary.errors[0] and "unsupported" in summary.errors[1]


def test_cancel_keeps_whole_files_only(project, tmp_path):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"نص رقم {i}", encoding="utf-8")
    calls = []
    summary = import_paths(project, [tmp_path], cancelled=lambda: len(calls) >= 2,
                           progress=lambda done, total, path: calls.append(done))
    assert summary.cancelled and project.documents.count() == summary.documents == 2


def test_label_names_a_scheme_file_cannot_hold_refuse_the_file(project, tmp_path):
    src = tmp_path / "odd.jsonl"
    write_jsonl(src, [{"text": "زار بغداد", "label": [[4, 9, "BAD NAME"]]}])
    summary = import_paths(project, [src])
    assert summary.refused_files == [str(src)]
    assert "may not contain spaces" in summary.errors[0] and summary.errors[0].startswith(f"{src}:1:")
    assert "BAD NAME" not in project.labels.names() and project.documents.count() == 0
