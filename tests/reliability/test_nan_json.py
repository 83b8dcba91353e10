"""NaN and Infinity (issue 21, item 10): Python's json reads them, strict JSON readers do
not. A JSONL, doccano, spaCy or Label Studio file holding one is refused at import with
`path:line: reason`, the other files imported; every JSON export of the project then reads
with a strict reader."""
import json

import pytest

from conftest import run_cli


def strict(text: str):
    def refuse(name):
        raise ValueError(f"{name} is not JSON")
    return json.loads(text, parse_constant=refuse)


GOOD = {"text": "زار الرئيس بغداد أمس", "spans": [{"start": 11, "end": 16, "label": "LOC"}]}
HOSTILE = {
    "native.jsonl": ('{"text": "نص أول", "meta": {"score": NaN}}', 1),
    "attrs.jsonl": ('{"text": "نص ثان", "spans": [{"start": 0, "end": 2, "label": "LOC", '
                    '"attributes": {"p": Infinity}}]}', 1),
    "doccano.jsonl": ('{"text": "ok"}\n{"text": "نص ثالث", "label": [[0, 2, "LOC"]], '
                      '"x": -Infinity}', 2),
    "spacy.jsonl": ('{"text": "نص رابع", "tokens": [{"text": "نص", "start": 0, "end": 2, '
                    '"id": 0}], "spans": [{"start": 0, "end": 2, "label": "LOC", '
                    '"score": NaN}]}', 1),
    "tasks.json": ('[\n{"data": {"text": "نص خامس"},\n "meta": {"w": NaN}}\n]', 3),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_nan_and_infinity_are_refused_at_import_with_their_line(tmp_path, name):
    folder, db = tmp_path / "in", tmp_path / "p.annotator"
    folder.mkdir()
    body, line = HOSTILE[name]
    (folder / name).write_text(body + "\n", encoding="utf-8")
    (folder / "good.jsonl").write_text(json.dumps(GOOD, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    done = run_cli("import", folder, "--db", db)
    assert done.returncode == 1, done.stderr
    refused = [x for x in done.stderr.splitlines() if x.startswith(str(folder / name))]
    assert len(refused) == 1 and "Traceback" not in done.stderr
    assert refused[0].startswith(f"{folder / name}:{line}: ") and "not a JSON number" in refused[0]
    assert "1 document imported" in done.stderr  # the good file, and nothing of the other


def test_every_json_export_reads_with_a_strict_reader(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "p.annotator"
    folder.mkdir()
    for name, (body, _) in HOSTILE.items():
        (folder / name).write_text(body + "\n", encoding="utf-8")
    (folder / "good.jsonl").write_text(json.dumps(GOOD, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    run_cli("import", folder, "--db", db)
    for fmt in ("jsonl", "doccano", "spacy", "hf"):
        out = run_cli("export", "--format", fmt, "--db", db)
        assert out.returncode == 0, out.stderr
        assert [strict(x) for x in out.stdout.splitlines() if x.strip()]
    out = run_cli("export", "--format", "labelstudio", "--db", db)
    assert out.returncode == 0 and strict(out.stdout)
