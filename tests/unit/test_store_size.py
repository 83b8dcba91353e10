"""The project file stays small: no second copy of the text for search, layouts stored compact;
and a version 2 project is brought to that form in place, or left exactly as it was."""
import json
import random
import sqlite3
import zlib

import pytest

from annotator.core.store import Project
from annotator.core.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, _statements
from annotator.core.text.layout import LAYOUT_VERSION, layout_of
from annotator.formats.importer import import_paths

LABELS = ["PER", "ORG", "LOC", "MISC"]


def articles(path, words, count, seed=3):
    """`count` 480-word articles, 10 spans each, as native JSONL; returns their texts' size."""
    rng = random.Random(seed)
    size = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            chosen = rng.choices(words, k=480)
            text = f"مقال رقم {i}\n\n" + " ".join(chosen) + "."
            starts, at = [], len(f"مقال رقم {i}\n\n")
            for w in chosen:
                starts.append((at, at + len(w)))
                at += len(w) + 1
            spans = []
            for k in range(10):
                a = rng.randrange(470)
                spans.append({"start": starts[a][0], "end": starts[a + rng.randrange(3)][1],
                              "label": LABELS[k % 4]})
            size += len(text.encode("utf-8"))
            fh.write(json.dumps({"text": text, "spans": spans}, ensure_ascii=False) + "\n")
    return size


def test_the_file_is_at_most_two_and_a_half_times_its_texts(tmp_path, seed_text):
    source = tmp_path / "articles.jsonl"
    text_size = articles(source, seed_text.split(), 200)
    path = tmp_path / "p.annotator"
    with Project(path) as project:
        summary = import_paths(project, [source])
        assert summary.documents == 200 and summary.spans == 2000
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        found = project.search.find(seed_text.split()[40])
        assert found and project.search.count(seed_text.split()[40]) == len(found)
    assert path.stat().st_size <= 2.5 * text_size


TEXT = "قال الرَّئيس في بغداد: «نعم». ثم غادر إلى وبغداد."


def make_v2_project(path):
    """A project as version 2 wrote it: a search index holding a copy of each normalised text,
    layouts with plain tokens."""
    conn = sqlite3.connect(path, isolation_level=None)
    for script in (MIGRATIONS[0], MIGRATIONS[1][0]):
        for statement in _statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO documents (id, sha256, title, text, added_at) VALUES "
                 "(7, 'x', 't', ?, 'now')", (TEXT,))
    conn.execute("INSERT INTO documents_fts (rowid, norm) VALUES (7, 'قال الرييس في بغداد')")
    layout = layout_of(TEXT)
    conn.execute("INSERT INTO doc_layouts VALUES (7, ?, ?, ?, ?, ?, ?)",
                 (LAYOUT_VERSION, 2, layout.tokens, layout.starts.tobytes(),
                  layout.ends.tobytes(), layout.spos.tobytes()))
    conn.close()


def test_version_2_project_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.annotator"
    make_v2_project(path)
    with Project(path) as project:
        conn = project.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert project.search.find("الرئيس") == [7] == project.search.find("بغداد")
        assert project.layouts.get(7) == layout_of(TEXT)
        stored = conn.execute("SELECT tokens FROM doc_layouts").fetchone()[0]
        assert zlib.decompress(stored) == layout_of(TEXT).tokens
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'"
                           ).fetchone()[0]
        assert "content=''" in sql
        project.documents.remove(7)
        assert project.search.find("بغداد") == []


def dump(path):
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump()), conn.execute("PRAGMA user_version").fetchone()
    finally:
        conn.close()


def test_failed_upgrade_leaves_the_version_2_file_as_it_was(tmp_path, monkeypatch):
    import annotator.core.store.schema as schema
    path = tmp_path / "old.annotator"
    make_v2_project(path)
    before = dump(path)

    def broken(conn):
        raise sqlite3.OperationalError("disk full")
    monkeypatch.setattr(schema, "_compact", broken)   # after the new tables were made
    with pytest.raises(Exception, match="disk full"):
        Project(path)
    assert dump(path) == before   # (opening switched it to WAL: the header's bytes differ)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert conn.execute("SELECT norm FROM documents_fts").fetchone()[0] == "قال الرييس في بغداد"
    conn.close()
