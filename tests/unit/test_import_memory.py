"""A long JSONL file is indexed a slice at a time (its texts are not all kept until its end),
still all or nothing; its spans go in one statement per document."""
import json

import annotator.core.store.derive as derive
import annotator.formats.importer as importer
from annotator.formats.importer import import_paths


def write(path, count, bad_last=False):
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            text = f"خبر رقم {i} عن بغداد ووزارة الخارجية"
            fh.write(json.dumps({"text": text, "spans": [
                {"start": text.index("بغداد"), "end": text.index("بغداد") + 5, "label": "LOC"},
                {"start": text.index("وزارة"), "end": len(text), "label": "ORG"}]},
                ensure_ascii=False) + "\n")
        if bad_last:
            fh.write('{"text": "نص", "spans": [{"start": 0, "end": 9, "label": "LOC"}]}\n')


def test_a_long_file_is_indexed_a_slice_at_a_time(project, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "PIECE", 4)
    monkeypatch.setattr(derive, "PIECE", 4)
    sizes = []
    index = project.documents.index
    monkeypatch.setattr(project.documents, "index",
                        lambda docs, *more: (sizes.append(len(docs)), index(docs, *more)))
    write(tmp_path / "many.jsonl", 23)
    summary = import_paths(project, [tmp_path / "many.jsonl"])
    assert summary.documents == 23 and summary.spans == 46
    assert max(sizes) <= 4 and sum(sizes) == 23
    assert project.search.count("بغداد") == 23
    spans = project.spans.of(project.documents.ids()[-1])
    assert [(s.label, s.layer) for s in spans] == [("LOC", "entity"), ("ORG", "entity")]


def test_a_refused_long_file_leaves_nothing_indexed(project, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "PIECE", 4)
    monkeypatch.setattr(derive, "PIECE", 4)
    write(tmp_path / "bad.jsonl", 11, bad_last=True)
    summary = import_paths(project, [tmp_path / "bad.jsonl"])
    assert summary.refused_files and project.documents.count() == 0
    assert project.search.find("بغداد") == [] and project.spans.count() == 0
    assert project.conn.execute("SELECT count(*) FROM search_words").fetchone()[0] == 0
    write(tmp_path / "good.jsonl", 5)
    import_paths(project, [tmp_path / "good.jsonl"])
    assert project.search.find("بغداد") == project.documents.ids()


def test_span_ids_follow_on_and_relations_find_them(project, tmp_path):
    text = "قال الرئيس في بغداد"
    record = {"text": text, "spans": [{"id": "a", "start": 0, "end": 3, "label": "CLAIM"},
                                      {"id": "b", "start": 4, "end": 10, "label": "PER"}],
              "relations": [{"head": "a", "tail": "b", "type": "said_by"}]}
    doc_id, _ = project.documents.add("نص سابق")
    first = project.spans.add(doc_id, 0, 2, "LOC")
    (tmp_path / "r.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    import_paths(project, [tmp_path / "r.jsonl"])
    new_doc = project.documents.ids()[-1]
    ids = [s.id for s in project.spans.of(new_doc)]
    assert ids == [first.id + 1, first.id + 2]
    [rel] = project.spans.relations(new_doc)
    assert (rel.head, rel.tail) == (ids[0], ids[1])
