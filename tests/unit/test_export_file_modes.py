"""Every export written to a file gets the usual permissions (the umask applies), docbin too:
a training file that only its writer can read breaks a shared training machine."""
import os
import stat

import pytest

from annotator.cli import main
from annotator.core.store import Project


@pytest.mark.parametrize("fmt", ["jsonl", "conll", "docbin"])
def test_export_file_mode_follows_the_umask(tmp_path, fmt):
    if fmt == "docbin":
        pytest.importorskip("spacy")
    db = tmp_path / "p.annotator"
    with Project(db) as p:
        doc, _ = p.documents.add("زار الوزير بغداد أمس.")
        p.spans.add(doc, 11, 16, "LOC")
    out = tmp_path / f"out.{fmt}"
    old = os.umask(0o022)
    try:
        assert main(["export", "--format", fmt, "--db", str(db), "--out", str(out)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
