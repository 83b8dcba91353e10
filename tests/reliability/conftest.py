"""Helpers for the reliability suite: the real command in a child process, a plain (non-root)
user when the tests run as root, a small full disk, and the project's health afterwards."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def env(**extra: str) -> dict[str, str]:
    out = dict(os.environ)
    out["PYTHONPATH"] = str(ROOT) + os.pathsep + out.get("PYTHONPATH", "")
    out.update(extra)
    return out


def cli_args(*args: object) -> list[str]:
    return [sys.executable, "-m", "annotator", *map(str, args)]


def run_cli(*args: object, prefix: list[str] | None = None, **extra: str
            ) -> subprocess.CompletedProcess:
    return subprocess.run([*(prefix or []), *cli_args(*args)], capture_output=True, text=True,
                          env=env(**extra), cwd=ROOT)


def start_cli(*args: object, **extra: str) -> subprocess.Popen:
    return subprocess.Popen(cli_args(*args), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env=env(**extra), cwd=ROOT)


def health(db: Path) -> dict[str, int]:
    """integrity_check must pass; returns the counts that must add up."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "spans")}
        # every document is searchable and has its layout
        counts["unindexed"] = conn.execute(
            "SELECT count(*) FROM documents WHERE id NOT IN (SELECT rowid FROM documents_fts)"
        ).fetchone()[0]
        return counts
    finally:
        conn.close()


def write_jsonl_corpus(folder: Path, files: int, docs_per_file: int, tag: str = "") -> int:
    """`files` JSONL files of documents with two spans each; returns the number of documents."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        lines = []
        for d in range(docs_per_file):
            text = f"قال الرئيس {tag}{f}-{d} في بغداد يوم الأحد"
            lines.append(json.dumps({"text": text, "spans": [
                {"start": 4, "end": 10, "label": "PER"},
                {"start": text.index("بغداد"), "end": text.index("بغداد") + 5,
                 "label": "LOC"}]}, ensure_ascii=False))
        (folder / f"{tag}{f:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return files * docs_per_file


def _can_unshare() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "--user", "true"], capture_output=True).returncode == 0


@pytest.fixture(scope="session")
def plain_user() -> list[str]:
    """A command prefix that runs a child without root's power to ignore permissions: an
    unprivileged user namespace when we are root, nothing when we are not root already."""
    if os.geteuid() != 0:
        return []
    if _can_unshare():
        return ["unshare", "--user"]
    pytest.skip("running as root without user namespaces: permissions cannot be tested")


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs (root only); skipped where mounting is not allowed."""
    where = Path("/tmp") / f"annotator-full-{uuid.uuid4().hex[:8]}"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)],
                          capture_output=True) if os.geteuid() == 0 else None
    if done is None or done.returncode != 0:
        where.rmdir()
        pytest.skip("cannot mount a tmpfs here (the injected ENOSPC tests still run)")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], capture_output=True)
        where.rmdir()


@pytest.fixture
def read_only_view(tmp_path):
    """(source folder, read-only bind mount of it); skipped where mounting is not allowed."""
    src, view = tmp_path / "src", Path("/tmp") / f"annotator-ro-{uuid.uuid4().hex[:8]}"
    src.mkdir()
    view.mkdir()
    ok = os.geteuid() == 0 and subprocess.run(
        ["mount", "--bind", str(src), str(view)], capture_output=True).returncode == 0
    if not ok:
        view.rmdir()
        pytest.skip("cannot bind-mount here")
    try:
        yield src, view
    finally:
        subprocess.run(["umount", str(view)], capture_output=True)
        view.rmdir()


def remount_read_only(view: Path) -> None:
    subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
