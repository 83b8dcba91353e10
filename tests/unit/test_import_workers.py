"""A long import derives search words and layouts in worker processes: the project it leaves
is the same as one made in a single process, a refused file still leaves nothing, and a pool
that cannot work costs nothing but speed."""
import json
import sqlite3
from concurrent.futures.process import BrokenProcessPool

import pytest

import annotator.core.store.derive as derive
import annotator.formats.importer as importer
from annotator.core.store import Project
from annotator.formats.importer import import_paths

WORDS = ["قال", "الرئيس", "وبغداد", "الوزارة", "«نعم».", "ثم", "غادر!", "2024", "Beirut,"]


def write(path, count, bad_at=None):
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(7 + i % 5)) + f" {i}."
            spans = [{"start": 0, "end": 3, "label": "PER"}] if i != bad_at else \
                [{"start": 0, "end": 999, "label": "PER"}]
            fh.write(json.dumps({"text": text, "spans": spans}, ensure_ascii=False) + "\n")


def rows(path):
    conn = sqlite3.connect(path)
    try:
        return [conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                for table in ("doc_layouts", "search_words")] + \
            [conn.execute("SELECT id, doc_id, start, end, label FROM spans").fetchall()] + \
            [conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? "
                          "ORDER BY rowid", (w,)).fetchall() for w in ("وبغداد", "2024")]
    finally:
        conn.close()


def with_word(project, word):
    return [i for i in project.documents.ids() if word in project.documents.text(i).split()]


@pytest.fixture
def small_pieces(monkeypatch):
    monkeypatch.setattr(importer, "PIECE", 5)
    monkeypatch.setattr(derive, "PIECE", 5)


def test_workers_make_the_same_project_as_one_process(tmp_path, monkeypatch, small_pieces):
    write(tmp_path / "long.jsonl", 37)
    started = []
    start = derive.Deriver._start
    monkeypatch.setattr(derive.Deriver, "_start",
                        lambda self: started.append(start(self)) or started[-1])
    with Project(tmp_path / "pool.annotator") as project:
        assert import_paths(project, [tmp_path / "long.jsonl"], workers=True).documents == 37
    assert any(pool is not None for pool in started)   # the pool did run
    monkeypatch.setenv("ANNOTATOR_WORKERS", "0")
    with Project(tmp_path / "alone.annotator") as project:
        import_paths(project, [tmp_path / "long.jsonl"])
    assert rows(tmp_path / "pool.annotator") == rows(tmp_path / "alone.annotator")


def test_a_refused_long_file_leaves_nothing_with_workers(tmp_path, small_pieces):
    write(tmp_path / "bad.jsonl", 23, bad_at=21)
    write(tmp_path / "good.jsonl", 12)
    with Project(tmp_path / "p.annotator") as project:
        summary = import_paths(project, [tmp_path / "bad.jsonl", tmp_path / "good.jsonl"],
                               workers=True)
        assert summary.refused_files == [str(tmp_path / "bad.jsonl")]
        assert summary.documents == 12 == project.documents.count()
        assert project.search.find("وبغداد") == with_word(project, "وبغداد")
        assert project.conn.execute("SELECT count(*) FROM doc_layouts").fetchone()[0] == 12


def test_a_pool_that_breaks_is_replaced_by_this_process(tmp_path, monkeypatch, small_pieces):
    class Broken:
        def submit(self, *args):
            raise BrokenProcessPool("a worker was killed")

        def shutdown(self, **kwargs):
            pass

    monkeypatch.setattr(derive, "ProcessPoolExecutor", lambda *a, **k: Broken())
    write(tmp_path / "long.jsonl", 17)
    with Project(tmp_path / "p.annotator") as project:
        assert import_paths(project, [tmp_path / "long.jsonl"], workers=True).documents == 17
        assert project.conn.execute("SELECT count(*) FROM doc_layouts").fetchone()[0] == 17
        assert project.search.find("2024") == with_word(project, "2024")


def test_this_process_takes_the_pieces_no_worker_has_started():
    """When the first piece is still being derived, the importing process derives the last
    pieces still waiting for a worker itself instead of waiting; every piece is written once,
    in order, with what a worker would have given."""
    from concurrent.futures import Future

    class Busy(derive.Deriver):  # a pool whose one worker is on the first piece for good
        def __init__(self):
            super().__init__(workers=False)
            self.futures = []

        def submit(self, texts):
            self.futures.append(Future())
            if len(self.futures) == 1:
                self.futures[0].set_running_or_notify_cancel()  # started, not done
            return self.futures[-1]

    deriver, written = Busy(), []
    indexer = derive.Indexer(deriver, lambda docs, got: written.append((docs, got)))
    n = derive.PIECE
    texts = [(i, f"نص رقم {i} من الأخبار.") for i in range(n * 3)]
    indexer.add(texts)
    took, take = [], indexer._take_last

    def taking():  # the first piece's worker finishes once nothing is left to take
        took.append(take())
        if not took[-1]:
            deriver.futures[0].set_result(derive.derive([t for _, t in texts[:n]]))
        return took[-1]

    indexer._take_last = taking
    indexer.flush()
    assert took == [True, True, False]
    assert [docs for docs, _ in written] == [texts[:n], texts[n:2 * n], texts[2 * n:]]
    assert [got for _, got in written] == [derive.derive([t for _, t in docs])
                                           for docs, _ in written]
