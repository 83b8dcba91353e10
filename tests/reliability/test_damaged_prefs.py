"""A damaged preferences.json costs only the preferences (issue 21, item 8): `{"annotator":
12345}`, a list, JSON nested 100,000 deep, values of the wrong type. Every command works, with
one warning line naming the file, and the next save writes it whole."""
from __future__ import annotations

import json

import pytest

from annotator.core.prefs import Prefs
from conftest import run_cli, write_jsonl_corpus

DAMAGED = {
    "annotator a number": '{"annotator": 12345}',
    "a list": "[1, 2, 3]",
    "deep": "[" * 100_000 + "]" * 100_000,
    "deep object": '{"annotator": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "wrong types": json.dumps({"recent_projects": "x", "last_document": [1], "font_size": "big",
                               "rtl_layout": "yes", "language": 7, "annotator": "a\u202eb"}),
    "not UTF-8": b"\xff\xfe{",
    "not JSON": "{annotator: x",
}


@pytest.mark.parametrize("case", list(DAMAGED))
def test_commands_work_with_damaged_preferences(tmp_path, case):
    home = tmp_path / "home"
    home.mkdir()
    prefs = home / "preferences.json"
    content = DAMAGED[case]
    prefs.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    write_jsonl_corpus(tmp_path / "src", files=1, docs_per_file=2)
    db = tmp_path / "p.annotator"
    for command in (["import", tmp_path / "src", "--db", db], ["stats", "--db", db],
                    ["suggest", "--db", db], ["export", "--format", "jsonl", "--db", db],
                    ["gui", "--check", "--db", db]):
        done = run_cli(*command, ANNOTATOR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
        assert done.returncode == 0, (case, command[0], done.stderr)
        assert "Traceback" not in done.stderr, (case, command[0], done.stderr)
        warnings = [ln for ln in done.stderr.splitlines() if "damaged preferences" in ln]
        # said once by the commands that read the preferences, never more than once
        assert len(warnings) == (command[0] in ("import", "gui")) or \
            len(warnings) == 1, (case, command[0], done.stderr)
        assert all(str(prefs) in w for w in warnings)
    assert "documents: 2" in run_cli("stats", "--db", db, ANNOTATOR_HOME=str(home)).stdout


def test_damaged_values_fall_back_to_defaults_and_the_rest_is_kept(tmp_path):
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({"annotator": 12345, "font_size": 20, "rtl_layout": True}),
                    encoding="utf-8")
    prefs = Prefs(path)
    assert prefs.get("annotator") == "" and prefs.get("font_size") == 20
    assert prefs.get("rtl_layout") is True
    assert prefs.save()
    assert json.loads(path.read_text(encoding="utf-8"))["annotator"] == ""
