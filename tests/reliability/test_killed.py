"""SIGKILL at random points of an import or an export: the project stays whole (integrity,
every file all or nothing, every document searchable), and a previous export is never lost."""
from __future__ import annotations

import json
import random
import shutil
import signal
import time

import pytest

from annotator.core.store import Project
from annotator.formats.importer import import_paths
from conftest import health, run_cli, start_cli, write_jsonl_corpus

SEEDS = [1, 2, 3, 4]
FILES, PER_FILE = 200, 5


def _wait_for(check, limit: float = 30.0) -> None:
    ends = time.monotonic() + limit
    while not check():
        assert time.monotonic() < ends, "the command never started its work"
        time.sleep(0.01)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    return folder, write_jsonl_corpus(folder, files=FILES, docs_per_file=PER_FILE)


@pytest.fixture(scope="module")
def import_seconds(tmp_path_factory, corpus) -> float:
    """How long a whole import takes on this machine now: kills are spread over that time."""
    started = time.monotonic()
    assert run_cli("import", corpus[0], "--db",
                   tmp_path_factory.mktemp("timing") / "p.annotator").returncode == 0
    return time.monotonic() - started


@pytest.fixture(scope="module")
def imported(tmp_path_factory, corpus):
    db = tmp_path_factory.mktemp("imported") / "p.annotator"
    with Project(db) as project:
        import_paths(project, [corpus[0]])
    return db


@pytest.mark.parametrize("seed", SEEDS)
def test_import_killed_anywhere_keeps_whole_files(tmp_path, corpus, import_seconds, seed):
    folder, total = corpus
    db = tmp_path / "p.annotator"
    with Project(db) as project:
        import_paths(project, [folder / "0000.jsonl"])
    proc = start_cli("import", folder, "--db", db)
    # Anywhere from start-up to the last commit: before, inside or after a batch.
    time.sleep(random.Random(seed).uniform(0.4, 1.0) * import_seconds)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    counts = health(db)
    print(f"seed {seed}: {counts['documents']} of {total} documents in when killed")
    # Files are all or nothing and every document has both its spans and its search entry.
    assert counts["documents"] % PER_FILE == 0 and counts["spans"] == 2 * counts["documents"]
    assert counts["unindexed"] == 0
    with Project(db) as project:    # finishing the job later works
        summary = import_paths(project, [folder])
    assert not summary.errors
    assert summary.documents + summary.duplicates == total
    assert health(db) == {"documents": total, "spans": 2 * total, "unindexed": 0}


@pytest.mark.parametrize("seed", SEEDS)
def test_export_killed_anywhere_keeps_the_previous_file(tmp_path, corpus, imported, seed):
    total = corpus[1]
    db = tmp_path / "p.annotator"
    shutil.copy(imported, db)
    out = tmp_path / "train.jsonl"
    out.write_text('{"previous": "export"}\n', encoding="utf-8")
    before = out.read_bytes()
    fmt = ["jsonl", "conll", "spacy", "labelstudio"][seed % 4]
    proc = start_cli("export", "--format", fmt, "--out", out, "--db", db)
    _wait_for(lambda: any(tmp_path.glob(".train.jsonl.*.part")) or proc.poll() is not None)
    time.sleep(random.Random(seed).uniform(0.0, 0.2))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = out.read_bytes()
    if after != before:  # the kill came after the rename: then the new export is whole
        assert after.endswith(b"\n") and len(after) > 1000
        if fmt == "jsonl":
            assert len([json.loads(line) for line in after.splitlines()]) == total
    assert health(db)["documents"] == total

