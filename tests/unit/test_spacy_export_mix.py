"""The spaCy export writes most lines as UTF-8 bytes from stored layouts and a CoNLL-imported
document's line as text (its own tokens): the lines stay in document order, are each the
record the text engine makes, and come out the same through a stream of another encoding."""
import io
import json
from pathlib import Path

from annotator.core.store import Project
from annotator.core.store.layout_rows import stored_layout
from annotator.formats.export import export_spacy
from annotator.formats.importer import import_paths
from annotator.formats.spacy import record

FIXTURE = Path(__file__).parents[1] / "data" / "conll" / "nested_ar.conll"


def test_layout_and_corpus_token_lines_in_order(tmp_path):
    plain = tmp_path / "a.jsonl"
    plain.write_text("\n".join(json.dumps(
        {"text": f"قال الرئيس{i} \"نعم\" لداعش\\ في بغداد.",
         "spans": [{"start": 4, "end": 10, "label": "PER"},
                   {"start": 18 + len(str(i)), "end": 22 + len(str(i)), "label": "ORG"}]},
        ensure_ascii=False) for i in range(3)) + "\n", encoding="utf-8")
    project = Project(tmp_path / "p.annotator")
    for source, fmt in ((plain, "jsonl"), (FIXTURE, "conll"), (plain, "jsonl")):
        assert not import_paths(project, [source], fmt=fmt).refused_files
    with open(tmp_path / "out.jsonl", "w", encoding="utf-8") as out:
        export_spacy(project, out)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    ids = project.documents.ids()
    assert len(lines) == len(ids) > 4
    for doc_id, line in zip(ids, lines):
        doc, spans = project.documents.get(doc_id), project.spans.of(doc_id)
        row = project.conn.execute("SELECT version, tokens, width, starts, spos FROM "
                                   "doc_layouts WHERE doc_id = ?", (doc_id,)).fetchone()
        layout = stored_layout(row)
        source = list(zip(layout.starts, layout.ends)) if row[0] < 0 else None
        assert line == json.dumps(record(doc, spans, source), ensure_ascii=False)
    with open(tmp_path / "out16.jsonl", "w", encoding="utf-16") as out:
        export_spacy(project, out)
    stream = io.StringIO()
    export_spacy(project, stream)
    assert (tmp_path / "out16.jsonl").read_text(encoding="utf-16") == stream.getvalue() == \
        (tmp_path / "out.jsonl").read_text(encoding="utf-8")
