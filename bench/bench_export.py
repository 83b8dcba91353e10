"""CoNLL export of a large project, against two references measured in the same run; and the
spaCy export beside the native JSONL one.

- ours: `export_conll` (map span edges to tokens, sentences, tag columns, write) on a project
  as an import leaves it: token layouts and nesting depths stored beside the rows.
- label-studio-converter: its CoNLL 2003 conversion of the same data, read from our Label Studio
  JSON export (the JSON export itself is not timed). It is slow, so it runs on a stated subset
  and is extrapolated per document unless --converter-docs covers everything.
- floor: read the same document and span rows and write the same number of bytes.
Peak memory is measured in child processes (VmHWM) for a tenth of the data and for all of it.

    python bench/bench_export.py [--docs 20000] [--spans-per-doc 22] [--converter-docs 2000]
                                 [--repeat 3]
"""
from __future__ import annotations

import argparse
import io
import os
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.store import Project  # noqa: E402
from annotator.core.store.documents import now, text_sha256, title_of  # noqa: E402
from annotator.formats.export import EXPORTERS, export_conll, export_labelstudio  # noqa: E402
sys.path.insert(0, str(ROOT / "bench"))
from articles import articles  # noqa: E402
from peak import peak_memory_mb  # noqa: E402
from timing import seconds_on, seconds_writing  # noqa: E402

LABELS = ["PER", "ORG", "LOC", "MISC", "QUOTE", "CLAIM"]


def make_project(path: Path, docs: int, per_doc: int, seed: int = 7) -> None:
    """Generated 480-word articles (bench/articles.py) inserted directly: `per_doc` spans each,
    two of them a quote and a claim; in 80% of documents one entity span starts inside its
    word (a clitic-joined entity), which with 20 entity spans a document is 4% of them."""
    project = Project(path)
    stamp = now()
    doc_rows, span_rows = [], []
    for i, rec in enumerate(articles(docs, spans=per_doc, seed=seed), start=1):
        text = rec["text"]
        doc_rows.append((i, text_sha256(text), title_of(text), text, "{}", stamp))
        span_rows.extend((i, s["start"], s["end"], s["label"], stamp) for s in rec["spans"])
    with project.transaction():
        project.conn.executemany("INSERT INTO documents (id, sha256, title, text, meta, "
                                 "added_at) VALUES (?, ?, ?, ?, ?, ?)", doc_rows)
        project.conn.executemany("INSERT INTO spans (doc_id, start, end, label, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)", span_rows)
    # What an import stores beside the rows (importer.py): token layouts and nesting depths.
    project.layouts.refresh()
    project.layouts.refresh_depths()
    project.close()


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


def other_format(db: Path, fmt: str, out_path: Path) -> float:
    return seconds_writing(db, out_path, EXPORTERS[fmt])


def ours(db: Path, out_path: Path) -> float:
    return seconds_writing(db, out_path, export_conll)


def floor(db: Path, size: int, out_path: Path) -> float:
    """Read every document and span row in batches and write `size` bytes."""
    def work(project: Project) -> None:
        conn = project.conn
        with open(out_path, "wb") as out:
            written, last = 0, 0
            while True:
                docs = conn.execute("SELECT id, text FROM documents WHERE id > ? ORDER BY id "
                                    "LIMIT 200", (last,)).fetchall()
                if not docs:
                    break
                conn.execute("SELECT doc_id, start, end, label FROM spans WHERE doc_id > ? "
                             "AND doc_id <= ? ORDER BY doc_id, start",
                             (last, docs[-1][0])).fetchall()
                last = docs[-1][0]
                for _, text in docs:
                    chunk = text.encode("utf-8")
                    n = min(len(chunk) * 2, size - written)
                    if n > 0:
                        out.write((chunk * 2)[:n])
                        written += n
            if written < size:
                out.write(b"x" * (size - written))
    return seconds_on(db, work)


def converter(db: Path, tmp: Path, limit: int) -> tuple[float, int]:
    from label_studio_converter import Converter
    project = Project(db)
    buf = io.StringIO()
    export_labelstudio(project, buf)
    project.close()
    tasks = json.loads(buf.getvalue())[:limit]
    src = tmp / "ls.json"
    src.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    del tasks, buf
    config = ('<View><Text name="text" value="$text"/><Labels name="label" toName="text">'
              + "".join(f'<Label value="{x}"/>' for x in LABELS) + "</Labels></View>")
    conv = Converter(config, str(tmp))
    start = time.perf_counter()
    conv.convert_to_conll2003(str(src), str(tmp / "ls_out"), is_dir=False)
    return time.perf_counter() - start, limit


_EXPORT = """
from annotator.core.store import Project
from annotator.formats.export import export_conll
with open(sys.argv[2], "w", encoding="utf-8") as out:
    export_conll(Project(sys.argv[1]), out)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--spans-per-doc", type=int, default=22)
    parser.add_argument("--converter-docs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of ours and of the floor")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        big, small = tmp / "big.annotator", tmp / "small.annotator"
        make_project(big, args.docs, args.spans_per_doc)
        make_project(small, max(1, args.docs // 10), args.spans_per_doc, seed=8)
        print(f"{args.docs} documents, {args.docs * args.spans_per_doc} spans")
        # Best of --repeat runs each, alternating, so a burst of load on a shared machine
        # does not land on one side only.
        t_ours = t_floor = float("inf")
        for _ in range(args.repeat):
            t_ours = min(t_ours, ours(big, tmp / "ours.conll"))
            size = (tmp / "ours.conll").stat().st_size
            t_floor = min(t_floor, floor(big, size, tmp / "floor.bin"))
        limit = min(args.converter_docs, args.docs)
        t_conv, n_conv = converter(big, tmp, limit)
        per_doc = t_conv / n_conv
        t_conv_all = per_doc * args.docs
        print(f"ours (export_conll):        {t_ours:8.2f} s  ({size / 1e6:.0f} MB, "
              f"{args.docs / t_ours:,.0f} documents/s)")
        print(f"floor (read rows, write the same bytes): {t_floor:8.2f} s")
        how = "measured" if n_conv == args.docs else \
            f"measured on the first {n_conv} documents ({t_conv:.2f} s), extrapolated per document"
        print(f"label-studio-converter CoNLL: {t_conv_all:8.2f} s  ({how})")
        print(f"converter/ours: {t_conv_all / t_ours:.1f}x faster (target: at least 10x)")
        print(f"ours/floor:     {t_ours / t_floor:.2f}x (target: within 3x)")
        print(f"documents written by cutting their text: {100 * text_path_share(big):.1f}%")
        t_json = other_format(big, "jsonl", tmp / "o.jsonl")
        t_spacy = other_format(big, "spacy", tmp / "o.spacy.jsonl")
        print(f"spacy export: {t_spacy:.2f} s, native jsonl export: {t_json:.2f} s "
              f"(spacy/jsonl {t_spacy / t_json:.2f}x)")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        m_small = peak_memory_mb(_EXPORT, small, tmp / "m1.conll")
        m_big = peak_memory_mb(_EXPORT, big, tmp / "m2.conll")
        print(f"peak memory of the export: {m_small:.0f} MB for {args.docs // 10} documents, "
              f"{m_big:.0f} MB for {args.docs}")


if __name__ == "__main__":
    main()
