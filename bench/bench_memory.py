"""Peak memory of every command on one large document, against the document's UTF-8 size.

    python bench/bench_memory.py [--mb 50]

Each command runs in a child process of its own (bench/peak.py: the child's VmHWM from
/proc, else ru_maxrss) on a project holding one document of about MB megabytes (the sample
article repeated, one span every ~2 KB; some run over a paragraph break, as an entity or a
quote over a sentence end can): import, every export format, search, stats, labels and
suggest (quotes and names; the model needs `train`, which wants two or more done documents
and would run a CRF over millions of tokens: not a sensible memory figure). The target
(issues 14 and 21) is a peak under 10x the document's UTF-8 size for every command; the
start-up floor (Python with the package imported) is printed so the work's own share can be
read off. It is CPU heavy at 50 MB (tens of minutes): run it once.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from annotator.core.resources import corpus_dir  # noqa: E402
from peak import peak_memory_mb  # noqa: E402

_CLI = "from annotator.cli import main\nmain(sys.argv[1:])"
_FLOOR = "import annotator.cli, annotator.formats.export"


def make_document(path: Path, megabytes: float) -> tuple[int, int]:
    """One JSONL record of about `megabytes` MB of Arabic text with spans; (bytes, spans)."""
    article = next(corpus_dir().glob("*.txt")).read_text(encoding="utf-8")
    repeats = max(1, int(megabytes * 1_000_000 / len(article.encode("utf-8"))))
    text = "\n\n".join([article] * repeats)
    spans, pos, step = [], 0, 2000
    labels = ["PER", "ORG", "LOC", "QUOTE", "CLAIM"]
    while True:
        start = text.find(" ", pos) + 1
        end = text.find(" ", start + 3)
        if start <= 0 or end < 0:
            break
        spans.append({"start": start, "end": end, "label": labels[len(spans) % 5]})
        pos = start + step
    path.write_text(json.dumps({"text": text, "spans": spans}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return len(text.encode("utf-8")), len(spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="document size in MB")
    parser.add_argument("--only", default="", help="comma-separated: import,jsonl,conll,...")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        src, db = tmp / "big.jsonl", tmp / "p.annotator"
        size, spans = make_document(src, args.mb)
        mb = size / 1e6
        print(f"one document: {mb:.1f} MB of UTF-8, {spans} spans")
        floor = peak_memory_mb(_FLOOR)
        print(f"{'start-up floor':<28} {floor:8.0f} MB")
        word = "الرئيس"
        only = set(args.only.split(",")) if args.only else None
        export = ["export", "--db", db, "--format"]
        commands = {
            "import": ["import", src, "--db", db],
            "export jsonl": [*export, "jsonl", "--out", tmp / "o.jsonl"],
            "export doccano": [*export, "doccano", "--out", tmp / "o.doccano.jsonl"],
            "export conll": [*export, "conll", "--out", tmp / "o.conll"],
            "export spacy": [*export, "spacy", "--out", tmp / "o.spacy.jsonl"],
            "export labelstudio": [*export, "labelstudio", "--out", tmp / "o.json"],
            "export hf": [*export, "hf", "--out", tmp / "o.hf.jsonl"],
            "export docbin": [*export, "docbin", "--out", tmp / "o.spacy"],
            "export docbin per sentence": [*export, "docbin", "--per", "sentence",
                                           "--out", tmp / "s.spacy"],
            "export brat": [*export, "brat", "--out", tmp / "brat"],
            "search": ["search", word, "--db", db],
            "stats": ["stats", "--db", db],
            "labels": ["labels", "--db", db],
            "suggest": ["suggest", "--db", db, "--with", "quotes,names"],
        }
        worst = 0.0
        for name, argv in commands.items():
            if only and name.split()[-1] not in only and name not in only:
                continue
            started = time.monotonic()
            try:
                peak = peak_memory_mb(_CLI, *argv)
            except subprocess.CalledProcessError as exc:  # say which, and go on
                print(f"{name:<28} failed: {exc.stderr.strip().splitlines()[-1:]}")
                continue
            seconds = time.monotonic() - started
            ratio = peak / mb
            worst = max(worst, ratio)
            mark = "" if ratio < 10 else "   over the 10x target"
            print(f"{name:<28} {peak:8.0f} MB  {ratio:5.1f}x the document, work alone "
                  f"{(peak - floor) / mb:5.1f}x  {seconds:6.1f} s{mark}")
        print(f"worst: {worst:.1f}x (target: under 10x; below ~50 MB the start-up floor "
              "dominates)")


if __name__ == "__main__":
    main()
