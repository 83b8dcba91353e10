"""Command start-up stays light: sqlite-utils imports pandas when it is installed (0.28 s of CPU
and 34 MB), so neither is imported by a command that does not need them (store/part.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.store import Project

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import json, sys
from annotator.cli import main
code = main(sys.argv[1:])
print(json.dumps([code, sorted(m for m in ("pandas", "sqlite_utils") if m in sys.modules)]))
"""


def modules_after(*argv: str) -> tuple[int, list[str]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", _CHILD, *argv], capture_output=True,
                         text=True, env=env, check=True).stdout
    code, heavy = json.loads(out.splitlines()[-1])
    return code, heavy


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.annotator"
    with Project(path) as p:  # made here: creating a project writes the scheme
        doc, _ = p.documents.add("قال الرئيس في بغداد إن الوزارة ستعلن النتائج.")
        p.spans.add(doc, 4, 10, "PER")
        p.spans.add(doc, 14, 19, "LOC")  # the depths are stale: export recomputes them
        p.statuses.set(doc, "ali", "done")
    return path


@pytest.mark.parametrize("argv", [["stats"], ["stats", "--json"], ["search", "بغداد"],
                                  ["export", "--format", "conll"]])
def test_commands_do_not_import_pandas_or_sqlite_utils(db, argv):
    code, heavy = modules_after(*argv, "--db", str(db))
    assert code == 0
    assert heavy == []
