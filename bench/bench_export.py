"""Export at several project sizes: every text format against a plain sqlite3 floor, and CoNLL
against label-studio-converter, all in one run.

For each of --sizes, a project of that many generated 480-word articles (make_project: the rows
and what an import stores beside them, token layouts and nesting depths), then per format:
- ours: the format's exporter writing a UTF-8 file, as `annotator export` does (every format
  written to a stream: conll, jsonl, spacy, doccano, labelstudio, hf).
- floor: the standard library's sqlite3 reads the same rows as tuples, documents (id, text) and
  spans (doc_id, start, end, label), 200 documents at a time in id order as the exports read
  them, and writes as many bytes as ours wrote: each document's UTF-8 text, repeated up to an
  equal share of them. It reads no token layout and makes no format: the least any export does.
  Ours and the floor run --repeat times, alternately; the best of each is kept.
- label-studio-converter: its CoNLL 2003 conversion of the first --converter-docs documents from
  our Label Studio tasks (making them is not timed), best of --repeat, extrapolated per document.
- peak memory (VmHWM, a child process) of the CoNLL and spaCy exports at each size.

    python bench/bench_export.py [--sizes 1000,10000] [--spans-per-doc 22]
                                 [--converter-docs 2000] [--repeat 2]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sqlite3
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.store import Project  # noqa: E402
from annotator.core.store.documents import now, text_sha256, title_of  # noqa: E402
from annotator.formats import labelstudio  # noqa: E402
from annotator.formats.export import EXPORTERS, export_conll  # noqa: E402
sys.path.insert(0, str(ROOT / "bench"))
from articles import articles  # noqa: E402
from peak import peak_memory_mb  # noqa: E402
from timing import seconds_writing  # noqa: E402

LABELS = ["PER", "ORG", "LOC", "MISC", "QUOTE", "CLAIM"]
FORMATS = ["conll", "jsonl", "spacy", "doccano", "labelstudio", "hf"]


def make_project(path: Path, docs: int, per_doc: int, seed: int = 7) -> None:
    """Generated 480-word articles (bench/articles.py) inserted directly, 1,000 at a time:
    `per_doc` spans each, two of them a quote and a claim; in 80% of documents one entity
    span starts inside its word (a clitic-joined entity), which with 20 entity spans a
    document is 4% of them."""
    project = Project(path)
    stamp = now()
    records = enumerate(articles(docs, spans=per_doc, seed=seed), start=1)
    with project.transaction():
        while batch := list(islice(records, 1000)):
            project.conn.executemany(
                "INSERT INTO documents (id, sha256, title, text, meta, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(i, text_sha256(r["text"]), title_of(r["text"]), r["text"], "{}", stamp)
                 for i, r in batch])
            project.conn.executemany(
                "INSERT INTO spans (doc_id, start, end, label, created_at) VALUES (?, ?, ?, ?, ?)",
                [(i, s["start"], s["end"], s["label"], stamp)
                 for i, r in batch for s in r["spans"]])
    # What an import stores beside the rows (importer.py): token layouts and nesting depths.
    project.layouts.refresh()
    project.layouts.refresh_depths()
    project.close()


_FLOOR_DOCS = "SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT 200"
_FLOOR_SPANS = ("SELECT doc_id, start, end, label FROM spans WHERE doc_id BETWEEN ? AND ? "
                "ORDER BY doc_id, start")


def floor(db: Path, size: int, out_path: Path) -> float:
    """Read the document and span rows as tuples with sqlite3 and write `size` bytes."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    total = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    start = time.perf_counter()
    with open(out_path, "wb") as out:
        last, n, written = 0, 0, 0
        while docs := conn.execute(_FLOOR_DOCS, (last,)).fetchall():
            # read as the exports read them, not used
            conn.execute(_FLOOR_SPANS, (docs[0][0], docs[-1][0])).fetchall()
            last = docs[-1][0]
            for _, text in docs:
                n += 1
                share = size * n // total - written
                chunk = text.encode("utf-8") or b" "
                out.write((chunk * (share // len(chunk) + 1))[:share])
                written += share
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def text_path_share(db: Path) -> float:
    """The share of documents the CoNLL export writes by cutting their text (not the layout)."""
    import annotator.formats.conll_write as conll_write
    calls = []
    original = conll_write.document_text
    conll_write.document_text = lambda *a, **k: (calls.append(1), original(*a, **k))[1]
    try:
        with Project(db) as project:
            export_conll(project, io.StringIO())
            total = project.documents.count()
    finally:
        conll_write.document_text = original
    return len(calls) / total


def converter(db: Path, tmp: Path, limit: int, repeat: int) -> float:
    """Seconds label-studio-converter takes per document on the first `limit` documents, the
    best of `repeat` runs (as ours is)."""
    from label_studio_converter import Converter
    with Project(db) as project:
        tasks = [labelstudio.task(doc, project.spans.of(doc.id))
                 for doc in islice(project.documents.iter(), limit)]
    src = tmp / "ls.json"
    src.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    config = ('<View><Text name="text" value="$text"/><Labels name="label" toName="text">'
              + "".join(f'<Label value="{x}"/>' for x in LABELS) + "</Labels></View>")
    best = float("inf")
    for _ in range(repeat):
        conv = Converter(config, str(tmp))
        start = time.perf_counter()
        conv.convert_to_conll2003(str(src), str(tmp / "ls_out"), is_dir=False)
        best = min(best, time.perf_counter() - start)
    return best / len(tasks)


_EXPORT = """
from annotator.core.store import Project
from annotator.formats.export import EXPORTERS
with open(sys.argv[3], "w", encoding="utf-8") as out:
    EXPORTERS[sys.argv[2]](Project(sys.argv[1]), out)
"""


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def one_size(tmp: Path, docs: int, args: argparse.Namespace) -> dict[str, tuple[float, float]]:
    """Print the figures at one size; return format -> (ours, floor) seconds."""
    db = tmp / f"p{docs}.annotator"
    start = time.perf_counter()
    make_project(db, docs, args.spans_per_doc)
    print(f"\n{docs:,} documents, {docs * args.spans_per_doc:,} spans "
          f"(project made in {time.perf_counter() - start:.0f} s; {load()})")
    print(f"{'format':12} {'ours s':>8} {'floor s':>8} {'ours/floor':>10} {'MB':>7} {'MB/s':>6}")
    out, results, sizes = tmp / "out", {}, {}
    for fmt in FORMATS:
        best = [float("inf"), float("inf")]
        for _ in range(args.repeat):
            best[0] = min(best[0], seconds_writing(db, out, EXPORTERS[fmt]))
            sizes[fmt] = out.stat().st_size
            best[1] = min(best[1], floor(db, sizes[fmt], tmp / "floor"))
        results[fmt] = (best[0], best[1])
        print(f"{fmt:12} {best[0]:8.2f} {best[1]:8.2f} {best[0] / best[1]:9.2f}x "
              f"{sizes[fmt] / 1e6:7.0f} {sizes[fmt] / 1e6 / best[0]:6.1f}  ({load()})")
    (tmp / "floor").unlink()
    t_spacy, t_json = results["spacy"][0], results["jsonl"][0]
    more = sizes["spacy"] / sizes["jsonl"]
    print(f"spacy/jsonl: {t_spacy / t_json:.2f}x the time for {more:.1f}x "
          f"the bytes ({sizes['spacy'] / t_spacy / (sizes['jsonl'] / t_json):.2f}x the bytes/s)")
    per_doc = converter(db, tmp, min(args.converter_docs, docs), args.repeat)
    print(f"label-studio-converter CoNLL: {per_doc * docs:.2f} s (measured on "
          f"{min(args.converter_docs, docs):,} documents, per document x {docs:,}): "
          f"{per_doc * docs / results['conll'][0]:.1f}x our time (target: at least 10x); "
          f"per document {per_doc * 1e3:.2f} ms, ours {results['conll'][0] / docs * 1e3:.2f} ms")
    if docs == args.sizes[0]:
        print(f"documents CoNLL writes by cutting their text: {100 * text_path_share(db):.1f}%")
    peaks = [peak_memory_mb(_EXPORT, db, fmt, out) for fmt in ("conll", "spacy")]
    print(f"peak memory: conll export {peaks[0]:.0f} MB, spacy export {peaks[1]:.0f} MB")
    out.unlink()
    db.unlink()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000",
                        type=lambda s: [int(x) for x in s.split(",")])
    parser.add_argument("--spans-per-doc", type=int, default=22)
    parser.add_argument("--converter-docs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of ours and of the floor")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, {load()}")
    with tempfile.TemporaryDirectory() as tmp_name:
        table = {n: one_size(Path(tmp_name), n, args) for n in args.sizes}
    print("\nseconds (ours/floor) by format and size")
    print("| format | " + " | ".join(f"{n:,}" for n in args.sizes) + " |")
    for fmt in FORMATS:
        cells = (f"{ours:.2f} ({ours / floor_s:.2f}x)"
                 for ours, floor_s in (table[n][fmt] for n in args.sizes))
        print(f"| {fmt} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
