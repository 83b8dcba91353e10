"""Import of many article-sized Arabic .txt files, against a floor measured in the same run.

Floor: the same document rows (and search-index and token-layout rows) inserted with
sqlite-utils' insert_all in one transaction, with hashing, normalising and tokenizing already
done. Ours: `import_paths` on the folder, which also reads, decodes, hashes, normalises,
tokenizes and checks every file.
Peak memory is measured in child processes for a small and a large folder, to show it does
not grow with the number of files.

    python bench/bench_import.py [--docs 20000]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.resources import corpus_dir  # noqa: E402
from annotator.core.store import Project  # noqa: E402
from annotator.core.store.documents import now, text_sha256, title_of  # noqa: E402
from annotator.core.text.layout import LAYOUT_VERSION, layout_of, pack  # noqa: E402
from annotator.core.text.normalize import normalize  # noqa: E402
from annotator.formats.importer import import_paths  # noqa: E402
from peak import peak_memory_mb  # noqa: E402


def make_folder(folder: Path, count: int, seed: int = 7) -> None:
    words = next(corpus_dir().glob("*.txt")).read_text(encoding="utf-8").split()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        paras = []
        for _ in range(rng.randint(4, 9)):
            paras.append(" ".join(rng.choices(words, k=rng.randint(40, 90))) + ".")
        text = f"مقال رقم {i}\r\n\r\n" + "\r\n\r\n".join(paras)
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}.txt").write_text(text, encoding="utf-8", newline="")


def floor(folder: Path, db_path: Path) -> float:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    rows = [{"id": i + 1, "sha256": text_sha256(t), "title": title_of(t), "text": t,
             "source": None, "meta": "{}", "added_at": now()} for i, t in enumerate(texts)]
    fts = [{"rowid": i + 1, "norm": normalize(t)} for i, t in enumerate(texts)]
    layouts = [dict(zip(("tokens", "width", "starts", "ends", "spos"), pack(layout_of(t))),
                    doc_id=i + 1, version=LAYOUT_VERSION) for i, t in enumerate(texts)]
    project = Project(db_path)  # same schema, indexes and pragmas as ours
    db = project.db
    start = time.perf_counter()
    with db.conn:
        db.conn.execute("BEGIN")
        db["documents"].insert_all(rows, batch_size=500)
        db["documents_fts"].insert_all(fts, batch_size=500)
        db["doc_layouts"].insert_all(layouts, batch_size=500)
    elapsed = time.perf_counter() - start
    project.close()
    return elapsed


def ours(folder: Path, db_path: Path) -> float:
    project = Project(db_path)
    start = time.perf_counter()
    summary = import_paths(project, [folder])
    elapsed = time.perf_counter() - start
    assert summary.documents == project.documents.count() and not summary.errors
    project.close()
    return elapsed


_IMPORT = """
from annotator.core.store import Project
from annotator.formats.importer import import_paths
import_paths(Project(sys.argv[2]), [sys.argv[1]])
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        big, small = tmp_path / "big", tmp_path / "small"
        make_folder(big, args.docs)
        make_folder(small, max(1, args.docs // 10), seed=8)
        megabytes = sum(p.stat().st_size for p in big.rglob("*.txt")) / 1e6
        print(f"{args.docs} documents, {megabytes:.0f} MB of text")
        t_floor = floor(big, tmp_path / "floor.annotator")
        t_ours = ours(big, tmp_path / "ours.annotator")
        print(f"floor (insert_all, one transaction): {t_floor:7.2f} s")
        print(f"annotator import:                   {t_ours:7.2f} s "
              f"({args.docs / t_ours:,.0f} documents/s)")
        print(f"ratio ours/floor: {t_ours / t_floor:.2f}x (target: within 2x)")
        m_small = peak_memory_mb(_IMPORT, small, tmp_path / "m1.annotator")
        m_big = peak_memory_mb(_IMPORT, big, tmp_path / "m2.annotator")
        print(f"peak memory: {m_small:.0f} MB for {args.docs // 10} files, "
              f"{m_big:.0f} MB for {args.docs} files")


if __name__ == "__main__":
    main()
